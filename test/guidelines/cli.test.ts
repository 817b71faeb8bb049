import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = `${root}node_modules/.bin/node`;

describe('ask CLI', () => {
  it('reads questions from stdin with --json and prints one JSON line each', () => {
    const out = execFileSync(node, ['src/guidelines/cli.ts', '--json'], {
      cwd: root,
      input: 'Trenger vi revisor?\n\nHva blir været på fredag?\n',
      encoding: 'utf8',
    });
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0]).sort()).toEqual(['answer', 'answered', 'score', 'sources']);
    expect(lines[0].answered).toBe(true);
    expect(lines[0].answer.replace(/\s/g, '')).toContain('200000');
    expect(lines[0].sources[0]).toEqual({ title: expect.any(String), section: expect.any(String), year: 2024 });
    expect(lines[1].answered).toBe(false);
    expect(lines[1].sources).toEqual([]);
  });

  it('prints the answer and the source for one question', () => {
    const out = execFileSync(node, ['src/guidelines/cli.ts', 'Hvor mye kan vi bruke på overhead?'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toContain('5 prosent');
    expect(out).toContain('Kilde: Rammer og føringer');
  });
});

describe('one answer everywhere: the chat, the message extension and the CLI', () => {
  it('gives the same text for questions in every form', async () => {
    const { loadKnowledgeBaseSync } = await import('../../src/guidelines/index.ts');
    const g = loadKnowledgeBaseSync();
    const questions = [
      'vi fikk 175k, trenger vi revisor',
      'kva skjer med midlane vi ikkje har brukt',
      'gjelder 2018-regelen om kompetansemiljø fortsatt',
      'hvor mye kan gå til overhead og trenger vi revisor',
    ];
    const out = execFileSync(node, ['src/guidelines/cli.ts', '--json'], {
      cwd: root,
      input: `${questions.join('\n')}\n`,
      encoding: 'utf8',
    });
    const cli = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { answer: string; score: number });
    questions.forEach((q, i) => {
      const chat = g.answer(q);
      expect(chat.answered, q).toBe(true);
      expect(cli[i]!.answer.startsWith(chat.answer), q).toBe(true);
      expect(cli[i]!.score).toBe(chat.score);
      // The message extension's first result is the same answer.
      expect(g.search(q, 5)[0]!.answer.startsWith(chat.answer), q).toBe(true);
    });
  });
});
