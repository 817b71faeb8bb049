import { describe, expect, it } from 'vitest';
import { parseTaskCommand } from '../../src/tasks/task-command.ts';

describe('oppgave T3 …', () => {
  it('reads each change in the forms people write it', () => {
    expect(parseTaskCommand('T3 ferdig')).toEqual({ id: 'T3', command: { verb: 'done' } });
    expect(parseTaskCommand('t3 er gjort')).toEqual({ id: 'T3', command: { verb: 'done' } });
    expect(parseTaskCommand('#T12: pågår')).toEqual({ id: 'T12', command: { verb: 'progress' } });
    expect(parseTaskCommand('T3 utsett 15.01')).toEqual({
      id: 'T3',
      command: { verb: 'postpone', date: '15.01', later: true },
    });
    expect(parseTaskCommand('T3 ny frist til 15. januar')).toEqual({
      id: 'T3',
      command: { verb: 'postpone', date: '15. januar', later: false },
    });
    expect(parseTaskCommand('T3 ny ansvarlig @Ola Hansen')).toEqual({
      id: 'T3',
      command: { verb: 'owners', who: '@Ola Hansen' },
    });
    expect(parseTaskCommand('T3 tekst: Sende Søknad til Bufdir')).toEqual({
      id: 'T3',
      command: { verb: 'text', text: 'Sende Søknad til Bufdir' },
    });
    expect(parseTaskCommand('T3')).toEqual({ id: 'T3', command: { verb: 'show' } });
    expect(parseTaskCommand('T3 kanskje')).toEqual({ id: 'T3', command: { verb: 'unknown', rest: 'kanskje' } });
  });

  it('reads avlys, slett and fjern (and their forms) as cancelling, never as an unknown change', () => {
    for (const line of [
      'T9 avlys',
      't9 slett',
      'T9: fjern',
      'T9 avlyses',
      'T9 slettes',
      'T9 fjernes',
      'T9 avlyse',
      'T9 Slett',
    ])
      expect(parseTaskCommand(line), line).toEqual({ id: 'T9', command: { verb: 'cancel' } });
    // A word that only begins like one is not a cancellation.
    expect(parseTaskCommand('T9 slettet fra planen')?.command.verb).toBe('unknown');
    expect(parseTaskCommand('T9 avlyst')).toEqual({ id: 'T9', command: { verb: 'cancel' } });
  });

  it('is not a task command when the line does not start with a task number', () => {
    expect(parseTaskCommand('@Ola Hansen sende rapport')).toBeNull();
    expect(parseTaskCommand('Tynset: sende rapport')).toBeNull();
    expect(parseTaskCommand('T3b ferdig')).toBeNull();
  });
});
