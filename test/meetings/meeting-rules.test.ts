import { describe, expect, it } from 'vitest';
import { withProposals } from '../../src/meetings/agenda-view.ts';
import { droppedFilledItems, readAgendaText, readMinutes, splitAgendaLine } from '../../src/meetings/edit-agenda.ts';
import { checkEntryText, MAX_ENTRY_TEXT } from '../../src/meetings/entry-check.ts';
import type { Entry } from '../../src/meetings/log.ts';
import { attendanceConflicts, itemTarget } from '../../src/meetings/meeting-lines.ts';
import { inMeetingThread } from '../../src/meetings/running-meeting.ts';

// The rules the meetings use cases apply, as pure functions (issue #14: parsers out of the closure).

describe('the text of a meeting line', () => {
  it('is trimmed, and kept whole up to the limit', () => {
    expect(checkEntryText('  vi bytter møtested  ')).toEqual({ ok: true, text: 'vi bytter møtested' });
    expect(checkEntryText(`${'a'.repeat(MAX_ENTRY_TEXT)}   `)).toEqual({ ok: true, text: 'a'.repeat(MAX_ENTRY_TEXT) });
  });

  it('over the limit is refused whole with its length, the limit, and the text shown back', () => {
    const long = 'b'.repeat(MAX_ENTRY_TEXT + 1);
    const c = checkEntryText(long);
    expect(c.ok).toBe(false);
    const shown = JSON.stringify(!c.ok && c.reply);
    expect(shown).toContain('Teksten er for lang');
    expect(shown).toContain(String(MAX_ENTRY_TEXT + 1));
    expect(shown).toContain(long);
  });

  it('with a fødselsnummer is refused in Norwegian and never echoed', () => {
    const c = checkEntryText('Oppfølging av 01010150044 i Nes');
    expect(c.ok).toBe(false);
    const shown = JSON.stringify(!c.ok && c.reply);
    expect(shown).not.toContain('01010150044');
    expect(shown).toMatch(/fødselsnummer|personnummer/i);
  });
});

describe('one line of the fixed agenda', () => {
  it('reads minutes after |, as «30 min», «(20 minutter)» and «– 15 min.»', () => {
    expect(splitAgendaLine('Velkommen | 15')).toEqual({ title: 'Velkommen', minutes: '15' });
    expect(splitAgendaLine('Lunsj 30 min')).toEqual({ title: 'Lunsj', minutes: '30' });
    expect(splitAgendaLine('Evaluering (20 minutter)')).toEqual({ title: 'Evaluering', minutes: '20' });
    expect(splitAgendaLine('Pause – 15 min.')).toEqual({ title: 'Pause', minutes: '15' });
  });

  it('keeps a bare trailing number in the title, and a title alone has no minutes', () => {
    expect(splitAgendaLine('Budsjett 2027')).toEqual({ title: 'Budsjett 2027', minutes: undefined });
    expect(splitAgendaLine('Eventuelt')).toEqual({ title: 'Eventuelt', minutes: undefined });
  });

  it('takes what follows | as typed, words too (the use case decides what it means)', () => {
    expect(splitAgendaLine('Eventuelt | et kvarter')).toEqual({ title: 'Eventuelt', minutes: 'et kvarter' });
    expect(splitAgendaLine(' | 10')).toEqual({ title: '', minutes: '10' });
  });
});

describe('the fixed agenda as typed', () => {
  const before = [
    { title: 'Godkjenning av referat', minutes: 10, fill: 'approval' as const },
    { title: 'Eventuelt', minutes: 15, owner: 'Kari' },
  ];

  it('skips empty lines, keeps fill and owner of a kept title, and its old length when none is typed', () => {
    expect(readAgendaText('Velkommen | 5 min\n\n  godkjenning av referat  \nEventuelt | 20\n', before)).toEqual({
      ok: true,
      items: [
        { title: 'Velkommen', minutes: 5, fill: undefined, owner: undefined },
        { title: 'Godkjenning av referat', minutes: 10, fill: 'approval', owner: undefined },
        { title: 'Eventuelt', minutes: 20, fill: undefined, owner: 'Kari' },
      ],
      assumed: [],
    });
  });

  it('gives a new item without minutes 10, and a standard item typed back its filling', () => {
    expect(readAgendaText('Nytt tema\nOppfølging av oppgaver', before)).toEqual({
      ok: true,
      items: [
        { title: 'Nytt tema', minutes: 10, fill: undefined, owner: undefined },
        { title: 'Oppfølging av oppgaver', minutes: 30, fill: 'tasks', owner: undefined },
      ],
      // Only the new line got a length nobody typed (N5); the standard item keeps its own.
      assumed: ['Nytt tema'],
    });
  });

  it('names every bad line with what was wrong and an example that works', () => {
    const read = readAgendaText('Velkommen | 10\nEventuelt | et kvarter\n | 10\nPause | 0', before, 390);
    expect(read).toEqual({
      ok: false,
      problems: [
        'Linje 2: «et kvarter» – skriv minutter som tall, f.eks. «Eventuelt | 15».',
        'Linje 3: punktet mangler tittel – skriv f.eks. «Eventuelt | 15».',
        'Linje 4: et punkt må ha minst 1 minutt, f.eks. «Pause | 15».',
      ],
    });
  });

  it('refuses an item longer than the meeting, or than an item may be, with the limit', () => {
    expect(readAgendaText('Kaffe | 600', [], 390)).toEqual({
      ok: false,
      problems: ['Linje 1: 600 minutter er mer enn møtet varer (390 minutter) – skriv f.eks. «Kaffe | 15».'],
    });
    expect(readAgendaText('Kaffe | 390', [], 390).ok).toBe(true);
    expect(readAgendaText('Samling | 500', [], 600)).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('mer enn et punkt kan ha (480 minutter)')],
    });
  });

  it('refuses nothing typed, a title over 200 characters, and more than 20 items', () => {
    expect(readAgendaText(' \n \n', before)).toEqual({
      ok: false,
      problems: [expect.stringContaining('minst ett punkt')],
    });
    expect(readAgendaText(`${'x'.repeat(201)} | 10`, [])).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('201 tegn')],
    });
    const many = Array.from({ length: 21 }, (_, i) => `Punkt ${i + 1} | 5`).join('\n');
    expect(readAgendaText(many, [])).toMatchObject({ ok: false, problems: [expect.stringContaining('21 punkter')] });
  });
});

describe('minutes as typed after the bar', () => {
  it('reads a number with or without «min», «minutt», «minutter»', () => {
    for (const [typed, n] of [
      ['15', 15],
      ['15 min', 15],
      ['15min.', 15],
      ['1 minutt', 1],
      ['20 minutter', 20],
      [' 600 ', 600],
    ] as const)
      expect(readMinutes(typed)).toBe(n);
  });

  it('reads no words and no mixtures', () => {
    for (const typed of ['et kvarter', 'ti', '15-20', '1,5', 'min', '', '15 timer'])
      expect(readMinutes(typed)).toBeNull();
  });
});

describe('standard items dropped from the fixed agenda', () => {
  const before = [
    { title: 'Velkommen', minutes: 10 },
    { title: 'Godkjenning av referat', minutes: 10, fill: 'approval' as const },
    { title: 'Oppfølging av oppgaver', minutes: 30, fill: 'tasks' as const },
  ];

  it('are the items the bot filled that no item fills any longer', () => {
    expect(droppedFilledItems(before, [{ title: 'Velkommen', minutes: 10 }]).map((i) => i.title)).toEqual([
      'Godkjenning av referat',
      'Oppfølging av oppgaver',
    ]);
    expect(
      droppedFilledItems(before, [{ title: 'Referat', minutes: 5, fill: 'approval' }]).map((i) => i.title),
    ).toEqual(['Oppfølging av oppgaver']);
    expect(droppedFilledItems(before, before)).toEqual([]);
  });
});

describe('accepted proposals on the agenda', () => {
  const items = [
    { n: 1, title: 'Velkommen', detail: '', minutes: 10 },
    { n: 2, title: 'Eventuelt', detail: '', minutes: 15 },
    { n: 3, title: 'Oppsummering', detail: '', minutes: 15 },
  ];

  it('go in before «Eventuelt», 10 minutes each, and everything is numbered again', () => {
    expect(withProposals(items, ['Budsjett 2027']).map((i) => [i.n, i.title, i.minutes])).toEqual([
      [1, 'Velkommen', 10],
      [2, 'Budsjett 2027', 10],
      [3, 'Eventuelt', 15],
      [4, 'Oppsummering', 15],
    ]);
  });

  it('go last without «Eventuelt» (or when it is the first item), and none leaves the agenda as it was', () => {
    expect(withProposals(items.slice(0, 1), ['A']).map((i) => i.title)).toEqual(['Velkommen', 'A']);
    expect(withProposals(items.slice(1), ['A']).map((i) => i.title)).toEqual(['Eventuelt', 'Oppsummering', 'A']);
    expect(withProposals(items, [])).toBe(items);
  });
});

describe('the meeting thread', () => {
  const m = { thread: { conversationId: '19:abc@thread.tacv2;messageid=111', threadId: '111' } };

  it('is the same channel thread whatever follows «;» in the conversation id', () => {
    expect(inMeetingThread(m, { conversationId: '19:abc@thread.tacv2;messageid=111', threadId: '111' })).toBe(true);
    expect(inMeetingThread(m, { conversationId: '19:abc@thread.tacv2', threadId: '111' })).toBe(true);
  });

  it('is not another thread or another channel; a meeting without a thread is everywhere', () => {
    expect(inMeetingThread(m, { conversationId: '19:abc@thread.tacv2;messageid=222', threadId: '222' })).toBe(false);
    expect(inMeetingThread(m, { conversationId: '19:other@thread.tacv2', threadId: '111' })).toBe(false);
    expect(inMeetingThread(m, { conversationId: '19:abc@thread.tacv2', threadId: null })).toBe(false);
    expect(inMeetingThread({ thread: null }, { conversationId: 'x', threadId: null })).toBe(true);
  });
});

describe('moving through the agenda', () => {
  it('«neste» goes one on, and not past the last item', () => {
    expect(itemTarget('next', 2, 9)).toEqual({ ok: true, to: 3 });
    expect(itemTarget('next', 9, 9)).toEqual({ ok: false, error: 'last-item' });
  });

  it('«punkt n» goes to 1…count, and nothing else', () => {
    expect(itemTarget(1, 5, 9)).toEqual({ ok: true, to: 1 });
    expect(itemTarget(9, 5, 9)).toEqual({ ok: true, to: 9 });
    for (const bad of [0, 10, -1, 2.5, 'fire'] as const)
      expect(itemTarget(bad, 5, 9)).toEqual({ ok: false, error: 'no-such-item' });
  });
});

describe('attendance already recorded', () => {
  const base = { at: '2026-11-27T09:00:00Z', author: { id: '29:kari', name: 'Kari' }, item: 1 };
  const entries: Entry[] = [
    { ...base, id: 'E1', kind: 'attendance', municipality: 'Nes', status: 'present', line: 'E1' },
    { ...base, id: 'E2', kind: 'attendance', municipality: 'Hurdal', status: 'absent', line: 'E2' },
    { ...base, id: 'E3', kind: 'undo', target: 'E2' },
  ];

  it('a name with the other status conflicts (any case); an undone one is fresh again', () => {
    expect(attendanceConflicts(entries, ['nes', 'Hurdal', 'Eidsvoll'], 'absent')).toEqual({
      conflicts: ['nes'],
      fresh: ['Hurdal', 'Eidsvoll'],
    });
  });

  it('the same status again is neither a conflict nor fresh', () => {
    expect(attendanceConflicts(entries, ['Nes'], 'present')).toEqual({ conflicts: [], fresh: [] });
  });
});
