import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest } from '../support/chat.ts';
import { editMessage, postWithId } from '../support/edits.ts';
import { channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Review 1 H2, L2, L3 (session 11): whether a command message was refused is what running it gave
// (its replies), never a second reading of its text. A task naming «familien til Kari Nordmann» is
// accepted when Kari is a member (the roster is asked), so it ran, and its edits never run it again.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-11-27T08:00:00Z');
const CHILD = 'ser ut til å handle om et enkelt barn';

function roster(t: TestApp, net: NetworkFixture, people: TestPerson[]) {
  const list = people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
  t.connector.emulator.setMembers(net.channelId, list);
  t.connector.emulator.setMembers(net.teamId, list);
}

const tasksOf = async (t: TestApp, net: NetworkFixture) =>
  (await t.app.services.store.tasks.listAll(net.tenantId, net.teamId)).map((x) => x.text);

let seq = 0;
async function posted(t: TestApp, net: NetworkFixture, who: TestPerson, text: string) {
  const id = `outcome-${++seq}`;
  const before = t.connector.emulator.calls.length;
  await postWithId(t, net, who, text, id);
  return { id, out: JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body)) };
}

describe('an edited command: refused is what running it gave', () => {
  it('H2: a task accepted because it names a member ran, so no edit of it makes another', async () => {
    const { t, net } = await start();
    roster(t, net, [kari, ola]);
    const sent = await posted(t, net, kari, 'oppgave Nes: send svar til familien til Kari Nordmann innen 15.12');
    expect(sent.out).not.toContain(CHILD);
    expect(await tasksOf(t, net)).toHaveLength(1);
    const first = await editMessage(
      t,
      net,
      kari,
      sent.id,
      'oppgave Nes: send svar til familien til Kari Nordmann innen 16.12',
    );
    expect(first).toContain('om igjen');
    const second = await editMessage(
      t,
      net,
      kari,
      sent.id,
      'oppgave Nes: send svaret til familien til Kari Nordmann innen 16.12',
    );
    expect(second).toContain('om igjen');
    expect(await tasksOf(t, net)).toHaveLength(1);
  });

  it('H2: a task refused for a child, its edit to a member accepted: ran once, and later edits never again', async () => {
    const { t, net } = await start();
    roster(t, net, [kari, ola]);
    const sent = await posted(t, net, kari, 'oppgave Nes: send svar til familien til Amina innen 15.12');
    expect(sent.out).toContain(CHILD);
    expect(await tasksOf(t, net)).toHaveLength(0);
    const fixed = await editMessage(
      t,
      net,
      kari,
      sent.id,
      'oppgave Nes: send svar til familien til Kari Nordmann innen 15.12',
    );
    expect(fixed).not.toContain('om igjen');
    expect(await tasksOf(t, net)).toHaveLength(1);
    for (const again of ['innen 16.12', 'innen 17.12']) {
      const out = await editMessage(
        t,
        net,
        kari,
        sent.id,
        `oppgave Nes: send svar til familien til Kari Nordmann ${again}`,
      );
      expect(out).toContain('om igjen');
    }
    expect(await tasksOf(t, net)).toHaveLength(1);
  });

  it('L2: an edit that comes while the refused original is still being handled is not told «om igjen», and the next edit runs', async () => {
    const { t, net } = await start();
    roster(t, net, [kari, ola]);
    // The original waits for the roster (a child sign is checked again knowing the members).
    const roster0 = t.app.services.roster!;
    const members = roster0.members.bind(roster0);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let asked!: () => void;
    const reached = new Promise<void>((r) => (asked = r));
    roster0.members = async (n) => {
      asked();
      await held;
      return members(n);
    };
    const id = 'outcome-race';
    const original = t.post(
      channelMessage(net, kari, 'oppgave Nes: send svar til familien til Amina innen 15.12', { id }),
    );
    await reached;
    // The edit names the conversation without the thread part (Teams may), so nothing orders it after the original.
    const msg = channelMessage(net, kari, 'oppgave Nes: send svar om saken innen 15.12', { id });
    const before = t.connector.emulator.calls.length;
    const res = await t.post({
      ...msg,
      type: 'messageUpdate',
      conversation: { ...msg.conversation, id: net.channelId },
      channelData: { ...msg.channelData, eventType: 'editMessage' },
    });
    expect(res.status).toBe(200);
    const early = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    expect(early).not.toContain('om igjen');
    expect(early).toContain('ennå');
    expect(await tasksOf(t, net)).toHaveLength(0);
    release();
    expect((await original).status).toBe(200);
    roster0.members = members;
    const fixed = await editMessage(t, net, kari, id, 'oppgave Nes: send svar om saken innen 16.12');
    expect(fixed).not.toContain('om igjen');
    expect(await tasksOf(t, net)).toEqual([expect.stringContaining('send svar om saken')]);
  });

  it('L3: a store error while noting the outcome still sends the answer', async () => {
    const { t, net } = await start();
    const seen = t.app.services.store.seenActivities;
    const claim = seen.claim.bind(seen);
    seen.claim = async (tenant, conversation, key, now) => {
      if (/^(refused|noted|started):/.test(key)) throw new Error('database gone');
      return claim(tenant, conversation, key, now);
    };
    try {
      const sent = await posted(t, net, kari, 'frist 31.13 Rapport om bruk av midler');
      expect(sent.out).toContain('31.13');
    } finally {
      seen.claim = claim;
    }
  });
});
