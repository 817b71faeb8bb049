import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { bareAmbiguity, ownNetworkData } from '../../src/guidelines/routing.ts';
import { parseQuestion } from '../../src/guidelines/question.ts';
import { guidelinesText as t } from '../../src/i18n/guidelines.ts';
import { answerCard } from '../../cards/answer.ts';
import { checkCard } from '../support/card-check.ts';

// Issue #12, levers 5 and 6: questions about the network's own records go to a command, bare questions with
// several readings are asked back. Wordings here are the team's own, in bokmål and nynorsk.
const g = loadKnowledgeBaseSync();
const own = (q: string) => ownNetworkData(parseQuestion(q).normalized);
const bare = (q: string) => bareAmbiguity(parseQuestion(q).normalized);

describe('the network’s own data is not a guideline question', () => {
  it('reads meetings, tasks and own deadlines from the form of the question', () => {
    for (const q of [
      'når møtes vi neste gang?',
      'når er vårt neste nettverksmøte',
      'hvor er neste møte',
      'når er neste møte vårt?',
    ])
      expect(own(q), q).toBe('meetings');
    for (const q of ['hvilke oppgaver har vi', 'kva oppgåver har me', 'mine oppgaver?', 'hva står på oppgavelista vår'])
      expect(own(q), q).toBe('tasks');
    for (const q of ['hva er fristen vår', 'kva er fristen vår', 'hvilke frister har vi'])
      expect(own(q), q).toBe('deadlines');
  });

  it('leaves a question that names a rule, a role, another network or another topic to the guidelines', () => {
    for (const q of [
      'når er fristen vår for å søke',
      'når må vi rapportere',
      'hvilke oppgaver har styringsgruppa',
      'jeg er nyvalgt leder av styringsgruppa. hva er oppgavene våre',
      'hvor ofte bør vi ha møter',
      'vi skal lage risikoanalyse på neste samling. hvilke spørsmål om hindringer bør vi stille',
      'hva dekkes av reiseutgifter når vi kjører til nettverksmøtene våre?',
      'dekkes parkering når vi har samling?',
      'når er neste samling for nettverket i telemark?',
      'når møtes de på øvre romerike',
      'kan vi bruke midlene på møtene våre',
    ])
      expect(own(q), q).toBeUndefined();
  });

  it('declines and names the command that answers, through the one answering function and the CLI', () => {
    const a = g.answer('når har nettverket vårt neste møte?');
    expect(a.answered).toBe(false);
    expect(a.answer).toBe(t.ownData.meetings);
    expect(a.answer).toContain('«møteplan»');
    expect(g.answer('hvilke oppgaver har vi').answer).toContain('«oppgaver»');
    expect(g.answer('når er fristen vår?').answer).toContain('«frister»');
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const out = execFileSync(`${root}node_modules/.bin/node`, ['src/guidelines/cli.ts', '--json'], {
      cwd: root,
      input: 'når møtes vi neste gang?\n',
      encoding: 'utf8',
    });
    const line = JSON.parse(out.trim()) as { answered: boolean; answer: string; sources: unknown[] };
    expect(line).toMatchObject({ answered: false, answer: t.ownData.meetings, sources: [] });
  });
});

describe('a bare question with several readings is asked back', () => {
  it('reads a lone deadline word or a lone how-much as ambiguous, and a qualified one not', () => {
    for (const q of ['hva er fristen', 'når er fristen?', 'kva er fristen', 'hva er egentlig fristen?'])
      expect(bare(q), q).toBe('deadline');
    for (const q of ['hvor mye får vi', 'hvor mye penger kan vi få?', 'hvor mykje får vi i tilskot'])
      expect(bare(q), q).toBe('amount');
    for (const q of [
      'hva er søknadsfristen',
      'frist ledernettverk',
      'når er fristen for rapporten',
      'hvor mye kan vi bruke på overhead',
      'hvor mye får hver kommune',
      'hvor stor del kan gå til administrasjon',
    ])
      expect(bare(q), q).toBeUndefined();
  });

  it('offers the deadline readings as buttons (apply, spend, report) instead of asserting one', () => {
    const a = g.answer('hva er fristen?');
    expect(a.answered).toBe(false);
    expect(a.answer).toBe(t.clarify.deadline);
    expect(a.suggestions).toHaveLength(3);
    const topics = a.suggestions.map((s) => s.topic.toLowerCase()).join(' | ');
    expect(topics).toMatch(/søknadsfrist/);
    expect(topics).toMatch(/bruk/);
    expect(topics).toMatch(/rapport/);
    expect(new Set(a.suggestions.map((s) => s.id)).size).toBe(3);
  });

  it('offers the amount readings, the per-application amount first', () => {
    const a = g.answer('hvor mye får vi?');
    expect(a.answered).toBe(false);
    expect(a.answer).toBe(t.clarify.amount);
    expect(a.suggestions[0]!.topic.toLowerCase()).toMatch(/søke om/);
    expect(a.suggestions.some((s) => /overhead/i.test(s.topic))).toBe(true);
  });
});

describe('the answer card says what kind of decline it is', () => {
  const card = (q: string) =>
    JSON.stringify(
      answerCard({ question: q, answer: g.answer(q), networkId: 'n', escalate: { kind: 'direct', networkId: 'n' } }),
    );

  it('a bare question is asked back, with a button for each reading and the way to the leader kept', () => {
    const q = 'hva er fristen?';
    const a = g.answer(q);
    expect(
      checkCard(answerCard({ question: q, answer: a, networkId: 'n', escalate: { kind: 'direct', networkId: 'n' } }))
        .errors,
    ).toEqual([]);
    const c = card(q);
    expect(c).toContain(t.card.clarifyTitle);
    expect(c).not.toContain(t.card.declinedTitle);
    for (const s of g.answer('hva er fristen?').suggestions) expect(c).toContain(s.id);
    expect(c).toContain('guidelines.escalate');
  });

  it('an own-data question is not called a gap in the documents', () => {
    const c = card('hvilke oppgaver har vi');
    expect(c).toContain(t.card.ownDataTitle);
    expect(c).toContain('«oppgaver»');
  });
});
