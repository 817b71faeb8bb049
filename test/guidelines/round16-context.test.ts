import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { referent, toldSubject } from '../../src/guidelines/guidelines.ts';
import { withoutPersona } from '../../src/guidelines/persona.ts';
import { membersLeft } from '../../src/guidelines/members-left.ts';

// Context-first messages (a story, then the ask) whose ask has two halves, in our own wordings.
const g = loadKnowledgeBaseSync();

describe('a «what» half pointing back at the first half’s subject', () => {
  it('stands the pronoun for the definite noun of the first half, not its time word', () => {
    expect(referent('hva skal den inneholde', 'når er fristen for rapporten')).toBe('hva skal rapporten inneholde');
    expect(referent('hva skal den inneholde', 'når skal rapporten leveres')).toBe('hva skal rapporten inneholde');
  });

  it('leaves a half that asks the first half’s own fact, or one asked the same way, alone', () => {
    expect(referent('når ble det endret', 'var det bare barnevernet før')).toBeUndefined();
    expect(referent('hva skal den inneholde', 'hva er rapporten')).toBeUndefined();
  });

  it('answers both halves after a story: the deadline and what the report holds', () => {
    const a = g.answer(
      'Vi har akkurat fått tilskudd til nettverket. Når skal rapporten leveres, og hva skal den inneholde?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/1\. mars/);
    expect(a.answer).toMatch(/tre deler/);
    expect(a.answer).not.toMatch(/ingen felles søknadsfrist/);
  });
});

describe('who asks sets the scene and picks no section', () => {
  it('drops the role and network the asker describes, keeping what the story tells after it', () => {
    const text =
      'jeg er nyansatt prosjektleder i et nettverk på fosterhjem. vi har ikke noe kunnskapsmiljø. er det et problem?';
    const out = withoutPersona(text, text);
    expect(out).not.toMatch(/prosjektleder/);
    expect(out).toMatch(/kunnskapsmiljø/);
    const told = 'jeg jobber på økonomi i vertskommunen og har fått ansvar for budsjettdelen. hva må være med der?';
    expect(withoutPersona(told, told)).toMatch(/budsjettdelen/);
  });

  it('keeps the persona when the ask is about the asker, or when the asker works for a body the ask means by «vi»', () => {
    const about = 'vi er en liten kommune med en sårbar tjeneste. finnes det noe for slike som oss?';
    expect(withoutPersona(about, about)).toBe(about);
    const body = 'jeg er ny rådgiver hos statsforvalteren. hva skal vi gjøre?';
    expect(withoutPersona(body, body)).toBe(body);
    const doing = 'jeg sitter og skriver rapporten nå. hva må være med?';
    expect(withoutPersona(doing, doing)).toBe(doing);
  });

  it('answers the ask after a newcomer’s introduction, not with the text defining a network', () => {
    const a = g.answer(
      'Jeg er nyansatt koordinator i et nettverk på fosterhjemsområdet med fem kommuner. Vi har ikke noe kunnskapsmiljø med oss. Er det et problem for søknaden?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/anbefaling, ikke et vilkår/);
  });
});

describe('a member gone, then whether the network still qualifies', () => {
  it('reads the ask as the least number of services a project must have', () => {
    expect(membersLeft('To kommuner hoppet av i vår, nå er vi bare tre. Får vi beholde tilskuddet?')).toMatch(/minst/);
    const a = g.answer(
      'Én kommune har trukket seg fra samarbeidet, så det er to tjenester igjen. Mister vi tilskuddet?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/minst to barneverntjenester/);
  });

  it('leaves an ask about something of its own after the same story alone', () => {
    const text = 'En kommune har trukket seg, og nå er vi to igjen. Slipper vi revisjon av regnskapet?';
    expect(membersLeft(text)).toBe(text);
    const count = 'Vi er tre kommuner igjen etter en sammenslåing. Kan vi fortsatt få midler?';
    expect(membersLeft(count)).toBe(count);
  });
});

describe('a bare deadline half after a story that names its subject', () => {
  it('takes the subject from the story, the noun fewest texts use', () => {
    expect(toldSubject('vi er midt i arbeidet med årsrapporten. hvem skriver under', () => 1)).toBe('arbeidet');
    expect(
      toldSubject('vi er midt i arbeidet med årsrapporten. hvem skriver under', (w) => (w === 'arbeidet' ? 9 : 0)),
    ).toBe('årsrapporten');
    expect(toldSubject('hvem skriver under', () => 1)).toBeUndefined();
  });

  it('answers «når er fristen» for the report the story is about, not a template column', () => {
    const a = g.answer('Vi skriver på sluttrapporten for prosjektet nå. Hva tar vi med, og når er fristen?');
    expect(a.answer).toMatch(/1\. mars/);
    expect(a.answer).not.toMatch(/Kolonnen «Når\?»/);
  });
});
