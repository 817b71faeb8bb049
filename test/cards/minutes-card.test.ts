import { describe, expect, it } from 'vitest';
import { minutesCard } from '../../cards/minutes.ts';
import type { Minutes } from '../../src/meetings/log.ts';

const minutes: Minutes = {
  meetingId: 'M1',
  date: '2026-12-18',
  title: 'Nettverksmøte',
  present: ['Nes'],
  absent: [],
  notRegistered: [],
  approvedPrevious: null,
  previous: null,
  corrections: [],
  items: [
    {
      index: 3,
      title: 'Oppfølging av oppgaver',
      notes: ['status gitt'],
      decisions: ['Budsjettet er vedtatt'],
      tasks: [{ text: 'sende utkast', owners: ['Ola Hansen'], due: '2027-01-08' }],
    },
    { index: 7, title: 'Frister og rapportering', notes: ['rapport 1. mars'], decisions: [], tasks: [] },
  ],
  tasksByOwner: [],
  counts: { notes: 2, decisions: 1, tasks: 1, undone: 0 },
};

// Teams renders TextBlock text as Markdown: a line starting "3. " or "- " becomes a list item and loses its own number.
// Any space after the marker, a no-break space too: not every renderer keeps to ASCII.
const listMarker = /^\s*(\d+[.)]|[-*+])[\s\u00a0]/u;

function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    return [
      ...(o.type === 'TextBlock' && typeof o.text === 'string' ? [o.text] : []),
      ...Object.values(o).flatMap(texts),
    ];
  }
  return [];
}

describe('minutes card', () => {
  it('keeps each agenda item its own number, not a Markdown list that Teams would number from 1', () => {
    const all = texts(minutesCard(minutes, { approval: 'Ikke godkjent ennå' }));
    const headings = all.filter((s) => s.includes('Oppfølging av oppgaver') || s.includes('Frister og rapportering'));
    expect(headings).toHaveLength(2);
    for (const h of headings) expect(h).not.toMatch(listMarker);
    expect(headings[0]).toBe('Punkt 3: Oppfølging av oppgaver');
    expect(headings[1]).toMatch(/^Punkt 7: Frister/u);
  });

  it('shows decisions, tasks and notes with the same bullet', () => {
    const all = texts(minutesCard(minutes, { approval: 'Ikke godkjent ennå' }));
    const lines = all.filter((s) => /Budsjettet er vedtatt|sende utkast|status gitt|rapport 1\. mars/.test(s));
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(l.startsWith('• ')).toBe(true);
  });
});
