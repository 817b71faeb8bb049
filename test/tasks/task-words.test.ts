import { describe, expect, it } from 'vitest';
import { cancelClaim, parseCancelTarget, parseTaskId } from '../../src/tasks/task-words.ts';

describe('parseTaskId (oppgave vis …)', () => {
  it('reads the number as stored, whatever the case and with or without #', () => {
    expect(parseTaskId('T3')).toBe('T3');
    expect(parseTaskId(' t12 ')).toBe('T12');
    expect(parseTaskId('#t3')).toBe('T3');
  });
  it('gives nothing for nothing', () => {
    expect(parseTaskId('   ')).toBe('');
  });
});

describe('cancelClaim (avlys T3 without the word oppgave)', () => {
  it('claims a bare verb followed by a task number, keeping the rest', () => {
    expect(cancelClaim('avlys T3')).toBe('T3');
    expect(cancelClaim('slett t3 den var dobbel')).toBe('t3 den var dobbel');
    expect(cancelClaim('Fjern #T12')).toBe('#T12');
    expect(cancelClaim('fjerne t4')).toBe('t4');
  });
  it('leaves ordinary text and meetings to others', () => {
    expect(cancelClaim('slett det siste?')).toBeNull();
    expect(cancelClaim('avlys 26.02')).toBeNull();
    expect(cancelClaim('avlys møtet')).toBeNull();
    expect(cancelClaim('slett T3x')).toBeNull();
    expect(cancelClaim('T3 avlys')).toBeNull();
  });
});

describe('parseCancelTarget (avlys oppgave …)', () => {
  it('reads the task number in the forms people write', () => {
    expect(parseCancelTarget('T3')).toEqual({ ok: true, id: 'T3' });
    expect(parseCancelTarget(' #t7 den var dobbel')).toEqual({ ok: true, id: 'T7' });
  });
  it('says when a meeting may be meant instead', () => {
    expect(parseCancelTarget('26.02')).toEqual({ ok: false, meeting: true });
    expect(parseCancelTarget('møtet i mars')).toEqual({ ok: false, meeting: true });
    expect(parseCancelTarget('den gamle')).toEqual({ ok: false, meeting: false });
    expect(parseCancelTarget('T3a')).toEqual({ ok: false, meeting: true });
  });
});
