import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardNetwork,
  checkInput,
  leaderCardNetwork,
  leaderOnlyClick,
  wrongNetworkCard,
} from '../../src/conversation/guards.ts';
import type { RequestContext } from '../../src/conversation/types.ts';
import { common } from '../../src/i18n/index.ts';
import type { Network } from '../../src/networks/network.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { createLogger } from '../../src/log.ts';
import { network as networkRow } from '../support/store-fixtures.ts';
import { validNationalId } from '../support/national-id.ts';

const kari = { id: '29:u-kari', name: 'Kari' }; // Teams user ids: only a person can be a leader
const ola = { id: '29:u-ola', name: 'Ola' };
let dir = '';
let store: SqliteStore;
let here: Network;

function ctxIn(network: Network | null, actor = kari): RequestContext {
  return {
    scope: {
      tenantId: 't1',
      conversationType: network ? 'channel' : 'personal',
      conversationId: 'c',
      network,
      threadId: null,
      activityId: null,
      cardActivityId: null,
    },
    actor,
    text: '',
    mentions: [],
    now: new Date('2026-11-30T10:00:00Z'),
    log: createLogger('silent'),
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nb-guards-'));
  store = new SqliteStore(join(dir, 'db.sqlite'));
  await store.networks.upsert(networkRow('t1', 'n1'), new Date('2026-11-01T00:00:00Z'));
  const stored = await store.networks.get('t1', 'n1');
  if (!stored) throw new Error('network not stored');
  here = stored;
  await store.people.setRole('t1', 'n1', kari, 'leader', new Date('2026-11-01T00:00:00Z'));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the wrong-network check of a card click', () => {
  it('gives the conversation’s network when the card was made for it', () => {
    expect(cardNetwork(ctxIn(here), 'n1')).toBe(here);
  });
  it('refuses a card from another network, and a click where there is no network', () => {
    expect(cardNetwork(ctxIn(here), 'n2')).toBeNull();
    expect(cardNetwork(ctxIn(null), 'n1')).toBeNull();
  });
  it('has one answer, the common message', () => {
    expect(wrongNetworkCard).toEqual({ kind: 'message', text: common.wrongNetworkCard });
  });
});

describe('the leader check of a card click', () => {
  it('lets a leader through', async () => {
    expect(await leaderOnlyClick(store, ctxIn(here), 'endre agendaen')).toBeNull();
    expect(await leaderCardNetwork(store, ctxIn(here), 'n1', 'endre agendaen')).toEqual({ network: here });
  });
  it('refuses a member as a message that names the leaders', async () => {
    const refused = await leaderOnlyClick(store, ctxIn(here, ola), 'endre agendaen');
    expect(refused?.kind).toBe('message');
    expect(refused?.kind === 'message' && refused.text).toContain('Kari');
    expect(await leaderCardNetwork(store, ctxIn(here, ola), 'n1', 'endre agendaen')).toEqual({ refused });
  });
  it('checks the network before the role', async () => {
    expect(await leaderCardNetwork(store, ctxIn(here), 'n2', 'endre agendaen')).toEqual({ refused: wrongNetworkCard });
  });
});

describe('the input check', () => {
  const limit = { max: 10, title: 'For lang', message: (n: number, max: number) => `${n} av ${max} tegn` };
  it('passes text within the limit, trimmed', () => {
    expect(checkInput('  kort tekst ', limit)).toEqual({ ok: true, text: 'kort tekst' });
  });
  it('refuses an identity number without repeating it', () => {
    const id = validNationalId('010190', '123');
    const r = checkInput(`født ${id}`, limit);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain(id);
  });
  it('refuses text over the limit whole, shown back with its length and the limit', () => {
    const r = checkInput('elleve tegn!', limit);
    expect(r.ok).toBe(false);
    const shown = JSON.stringify(r);
    expect(shown).toContain('12 av 10 tegn');
    expect(shown).toContain('elleve tegn!');
  });
  it('may give an example that works instead of a message', () => {
    const r = checkInput('elleve tegn!', { max: 10, title: 'For langt navn', example: 'statsforvalter Innlandet' });
    expect(r.ok).toBe(false);
    const shown = JSON.stringify(r);
    expect(shown).toContain('For langt navn');
    expect(shown).toContain('statsforvalter Innlandet');
  });
});
