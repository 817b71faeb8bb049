import { describe, expect, it } from 'vitest';
import {
  buildMinutes,
  currentItem,
  effectiveEntries,
  figuresOnly,
  lastUndoable,
  undoTargets,
  type Entry,
} from '../../src/meetings/log.ts';
import { attendanceFacts, correctedLine, previousLine } from '../../src/meetings/minutes-text.ts';

const kari = { id: 'k', name: 'Kari' };
const ola = { id: 'o', name: 'Ola' };
let n = 0;
const e = (author: typeof kari, item: number, rest: any): Entry => ({
  id: `e${++n}`,
  at: '2026-11-27T08:00:00Z',
  author,
  item,
  ...rest,
});
const agenda = [{ title: 'Velkommen' }, { title: 'Referat' }, { title: 'Oppgaver' }];

describe('minutes from the entry log', () => {
  const log: Entry[] = [
    e(kari, 1, { kind: 'start' }),
    e(kari, 1, { kind: 'attendance', municipality: 'Nes', status: 'present' }),
    e(kari, 1, { kind: 'attendance', municipality: 'Hurdal', status: 'present' }),
    e(kari, 1, { kind: 'attendance', municipality: 'Hurdal', status: 'absent' }),
    e(kari, 3, { kind: 'move', to: 3 }),
    e(kari, 3, {
      kind: 'task',
      text: 'Skrive rapport',
      owners: [{ kind: 'person', id: 'o', name: 'Ola' }],
      due: '2027-01-15',
      taskId: 'T1',
    }),
    e(ola, 3, {
      kind: 'task',
      text: 'Bestille lokale',
      owners: [
        { kind: 'municipality', name: 'Nes' },
        { kind: 'person', id: 'o', name: 'Ola' },
      ],
      due: null,
    }),
    e(kari, 3, { kind: 'decision', text: 'Vi søker' }),
    e(ola, 3, { kind: 'note', text: 'Feil' }),
  ];

  it('is a pure function of the log', () => {
    const m = buildMinutes({ id: 'M1', date: '2026-11-27', title: 'N', agenda, timeZone: 'Europe/Oslo' }, log);
    expect(m.present).toEqual(['Nes']);
    expect(m.absent).toEqual(['Hurdal']);
    expect(m.items[2]!.decisions).toEqual(['Vi søker']);
    expect(m.items[2]!.notes).toEqual(['Feil']);
    expect(m.tasksByOwner.map((g) => [g.owner, g.tasks.map((x) => x.text)])).toEqual([
      // A shared task once, under both owners together (month s15 #15).
      ['Nes og Ola', ['Bestille lokale']],
      ['Ola', ['Skrive rapport']],
    ]);
    expect(buildMinutes({ id: 'M1', date: '2026-11-27', title: 'N', agenda, timeZone: 'Europe/Oslo' }, log)).toEqual(m);
  });

  it('angre takes back the last entry by that person only, and can be rebuilt', () => {
    const target = lastUndoable(log, 'o')!;
    expect(target.kind).toBe('note');
    const undone = [...log, e(ola, 3, { kind: 'undo', target: target.id })];
    const m = buildMinutes({ id: 'M1', date: '2026-11-27', title: 'N', agenda, timeZone: 'Europe/Oslo' }, undone);
    expect(m.items[2]!.notes).toEqual([]);
    expect(m.counts.undone).toBe(1);
    // Ola's next angre takes his task; Kari's entries are untouched.
    const next = lastUndoable(undone, 'o')!;
    expect(next.kind).toBe('task');
    const twice = [...undone, e(ola, 3, { kind: 'undo', target: next.id })];
    const m2 = buildMinutes({ id: 'M1', date: '2026-11-27', title: 'N', agenda, timeZone: 'Europe/Oslo' }, twice);
    expect(m2.tasksByOwner.map((g) => g.owner)).toEqual(['Ola']);
    expect(m2.items[2]!.decisions).toEqual(['Vi søker']);
  });

  it('applies corrections and tracks the current item', () => {
    const corrected = [...log, e(kari, 3, { kind: 'correction', target: log[7]!.id, text: 'Vi søker i januar' })];
    expect(
      buildMinutes({ id: 'M1', date: '2026-11-27', title: 'N', agenda, timeZone: 'Europe/Oslo' }, corrected).items[2]!
        .decisions,
    ).toEqual(['Vi søker i januar']);
    expect(effectiveEntries(corrected)).toHaveLength(log.length);
    expect(currentItem(log)).toBe(3);
    expect(lastUndoable([], 'k')).toBeNull();
  });

  it('angre takes back a whole typed line, and an approval like any entry', () => {
    const lined: Entry[] = [
      e(kari, 1, { kind: 'attendance', municipality: 'Nes', status: 'present', line: 'L1' }),
      e(kari, 1, { kind: 'attendance', municipality: 'Hurdal', status: 'present', line: 'L1' }),
      e(kari, 2, { kind: 'approval', meetingId: 'M0', meetingDate: '2026-10-30' }),
      e(kari, 2, { kind: 'attendance', municipality: 'Eidsvoll', status: 'present', line: 'L2' }),
      e(kari, 2, { kind: 'attendance', municipality: 'Gjerdrum', status: 'absent', line: 'L2' }),
    ];
    expect(undoTargets(lined, 'k').map((x) => (x.kind === 'attendance' ? x.municipality : x.kind))).toEqual([
      'Eidsvoll',
      'Gjerdrum',
    ]);
    const once = [...lined, ...undoTargets(lined, 'k').map((x) => e(kari, 2, { kind: 'undo', target: x.id }))];
    expect(undoTargets(once, 'k').map((x) => x.kind)).toEqual(['approval']);
    const meeting = {
      id: 'M1',
      date: '2026-11-27',
      title: 'N',
      agenda,
      previous: { id: 'M0', date: '2026-10-30' },
      municipalities: ['Nes', 'Hurdal', 'Ullensaker'],
      timeZone: 'Europe/Oslo',
    };
    expect(previousLine(buildMinutes(meeting, once))).toBe('Referatet fra 30.10.2026 ble godkjent.');
    const twice = [...once, e(kari, 2, { kind: 'undo', target: lined[2]!.id })];
    const m = buildMinutes(meeting, twice);
    // Not approved here is «ikke behandlet», never «ikke godkjent», which reads as a rejection (round 8 N22).
    expect(previousLine(m)).toBe('Referatet fra 30.10.2026 ble ikke behandlet og står til godkjenning på neste møte.');
    expect(m.notRegistered).toEqual(['Ullensaker']);
    expect(attendanceFacts(m)).toEqual([
      { label: 'Til stede', value: 'Hurdal, Nes' },
      { label: 'Ikke registrert', value: 'Ullensaker' },
    ]);
  });

  it('corrections after the end are listed by day and person; removals take the entry out', () => {
    const ended: Entry[] = [...log, e(kari, 3, { kind: 'end' })];
    const later = (rest: any) => ({ ...e(kari, 3, rest), at: '2026-11-30T10:00:00Z' }) as Entry;
    const fixed = [
      ...ended,
      later({ kind: 'correction', target: log[7]!.id, text: 'Vi søker i februar' }),
      later({ kind: 'removal', target: log[8]!.id }),
    ];
    const m = buildMinutes({ id: 'M1', date: '2026-11-27', title: 'N', agenda, timeZone: 'Europe/Oslo' }, fixed);
    expect(m.items[2]!.decisions).toEqual(['Vi søker i februar']);
    expect(m.items[2]!.notes).toEqual([]);
    expect(correctedLine(m)).toBe(
      'Rettet 30.11.2026 av Kari: et vedtak er rettet og lyder nå: «Vi søker i februar»; et notat er fjernet.',
    );
    expect(
      correctedLine(buildMinutes({ id: 'M1', date: '2026-11-27', title: 'N', agenda, timeZone: 'Europe/Oslo' }, ended)),
    ).toBe('');
  });
});

describe('figuresOnly (review s14 #1)', () => {
  it('names old → new only when figures or dates alone differ', () => {
    expect(figuresOnly('Vi søker 350 000 kr', 'Vi søker 320 000 kr')).toEqual({ from: '350', to: '320' });
    expect(figuresOnly('Fagdag 12. mars', 'Fagdag 19. april')).toEqual({ from: '12. mars', to: '19. april' });
    expect(figuresOnly('Ola Hansen får 350 000', 'Barnet får 350 000')).toBeNull();
    expect(figuresOnly('Støtte til 3 barn i Storgata 4', 'Støtte til 3 barn')).toBeNull();
    // An identity number swapped for another is never written again.
    expect(figuresOnly('Gjelder 01010112345', 'Gjelder 01010154321')).toBeNull();
  });
});
