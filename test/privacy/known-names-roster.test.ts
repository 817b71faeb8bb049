import { describe, expect, it, vi } from 'vitest';
import type { Services } from '../../src/app/services.ts';
import type { Network, Person } from '../../src/networks/network.ts';
import { forgetKnownNames, knownAdultNames } from '../../src/networks/known-names.ts';
import { ManualClock } from '../../src/time/clock.ts';

// Review 1, M1: the roster of a whole team was fetched from Teams on every line refused for a
// child's name, with no cache, no time limit, and failures swallowed without a word in the log.

const net = (tenantId: string, networkId: string) => ({ tenantId, networkId }) as unknown as Network;

function services(members: (n: Network) => Promise<Person[]>) {
  const calls: string[] = [];
  const warn = vi.fn();
  const s = {
    store: {
      people: {
        listRole: async (_t: string, _n: string, role: string) =>
          role === 'leader' ? [{ id: 'l', name: 'Lise Leder' }] : [],
      },
      meetings: { municipalities: async () => ['Hurdal'] },
    },
    roster: {
      members: (n: Network) => {
        calls.push(`${n.tenantId}/${n.networkId}`);
        return members(n);
      },
      member: async () => null,
    },
    clock: new ManualClock('2026-12-01T10:00:00Z'),
    log: { warn },
  };
  return { s: s as unknown as Pick<Services, 'store' | 'roster' | 'clock' | 'log'>, clock: s.clock, calls, warn };
}

const team = async (): Promise<Person[]> => [
  { id: '1', name: 'Sara Berg' } as Person,
  { id: '2', name: 'Jonas Lie' } as Person,
];

describe('the roster names a network knows (review 1, M1)', () => {
  it('asks Teams once per network for ten minutes, then again', async () => {
    const { s, clock, calls } = services(team);
    const a = net('t1', 'n1');
    expect(await knownAdultNames(s, a)).toEqual(
      expect.arrayContaining(['Lise Leder', 'Hurdal', 'Sara Berg', 'Jonas Lie']),
    );
    clock.advance(9 * 60_000);
    expect(await knownAdultNames(s, a)).toContain('Sara Berg');
    expect(calls).toEqual(['t1/n1']);
    clock.advance(60_001);
    await knownAdultNames(s, a);
    expect(calls).toEqual(['t1/n1', 't1/n1']);
  });

  it('keeps networks and tenants apart', async () => {
    const { s, calls } = services(async (n) => [{ id: '1', name: `Navn ${n.tenantId} ${n.networkId}` } as Person]);
    expect(await knownAdultNames(s, net('t1', 'n1'))).toContain('Navn t1 n1');
    expect(await knownAdultNames(s, net('t2', 'n1'))).toContain('Navn t2 n1');
    expect(await knownAdultNames(s, net('t1', 'n2'))).not.toContain('Navn t1 n1');
    expect(calls).toEqual(['t1/n1', 't2/n1', 't1/n2']);
  });

  it('lines refused at the same time share one call', async () => {
    let release!: (p: Person[]) => void;
    const { s, calls } = services(() => new Promise<Person[]>((r) => (release = r)));
    const both = Promise.all([knownAdultNames(s, net('t1', 'n1')), knownAdultNames(s, net('t1', 'n1'))]);
    // Both wait on the first call; the second never starts one of its own.
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    release([{ id: '1', name: 'Sara Berg' } as Person]);
    const [x, y] = await both;
    expect(x).toContain('Sara Berg');
    expect(y).toContain('Sara Berg');
    expect(calls).toHaveLength(1);
  });

  it('a join or a leave in the team forgets the answer', async () => {
    const { s, calls } = services(team);
    await knownAdultNames(s, net('t1', 'n1'));
    forgetKnownNames(s.store, 't1', 'n1');
    await knownAdultNames(s, net('t1', 'n1'));
    expect(calls).toHaveLength(2);
  });

  it('a failed call leaves the roster out (fail closed), warns without text, and is not repeated for 30 s', async () => {
    const { s, clock, calls, warn } = services(async () => {
      throw Object.assign(new Error('Too Many Requests'), { statusCode: 429 });
    });
    const names = await knownAdultNames(s, net('t1', 'n1'));
    expect(names.sort()).toEqual(['Hurdal', 'Lise Leder']);
    expect(warn).toHaveBeenCalledTimes(1);
    const [fields] = warn.mock.calls[0]!;
    expect(fields).toMatchObject({ tenantId: 't1', networkId: 'n1', err: { statusCode: 429 } });
    expect(JSON.stringify(fields)).not.toContain('text');
    clock.advance(29_000);
    await knownAdultNames(s, net('t1', 'n1'));
    expect(calls).toHaveLength(1);
    clock.advance(2_000);
    await knownAdultNames(s, net('t1', 'n1'));
    expect(calls).toHaveLength(2);
  });

  it('a call that does not answer in time leaves the roster out', async () => {
    const { s, warn } = services(() => new Promise<Person[]>(() => {}));
    const names = await knownAdultNames(s, net('t1', 'n1'), { timeoutMs: 1 });
    expect(names.sort()).toEqual(['Hurdal', 'Lise Leder']);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
