import { describe, expect, it } from 'vitest';
import { carriedInto, readPostpone } from '../../src/meetings/postpone-item.ts';

describe('readPostpone: the forms of «utsett punkt 6 til neste møte»', () => {
  it('reads the item, or the current one', () => {
    expect(readPostpone('utsett punkt 6 til neste møte')).toEqual({ item: 6 });
    expect(readPostpone('Utsett punkt 6.')).toEqual({ item: 6 });
    expect(readPostpone('punkt 6 utsettes')).toEqual({ item: 6 });
    expect(readPostpone('punkt 6 er utsatt til neste møte')).toEqual({ item: 6 });
    expect(readPostpone('flytt punkt 6 til neste møte')).toEqual({ item: 6 });
    expect(readPostpone('punktet flyttes til neste møte')).toEqual({ item: 'current' });
    expect(readPostpone('utsett punktet til neste møte')).toEqual({ item: 'current' });
  });

  it('leaves other lines alone', () => {
    expect(readPostpone('punkt 6')).toBeNull();
    expect(readPostpone('flytt punkt 6')).toBeNull();
    expect(readPostpone('utsett punkt 6 til mars')).toBeNull();
    expect(readPostpone('info: vi utsetter fagdagen')).toBeNull();
  });
});

describe('carriedInto', () => {
  it('marks a standing item and puts any other on again', () => {
    const out = carriedInto(
      [
        { title: 'Faglig tema', from: '2027-02-26' },
        { title: 'Ny rutine', from: '2027-02-26' },
      ],
      [{ title: 'Faglig tema' }],
    );
    expect(out.extra).toEqual(['Ny rutine (utsatt fra 26.02.2027)']);
    expect(out.marked.get('Faglig tema')).toBe('Utsatt fra møtet 26.02.2027');
  });
});
