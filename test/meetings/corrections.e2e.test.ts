import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

const start = appPerTest(kari, '2026-11-27T08:05:00Z');

describe('correcting minutes after the meeting', () => {
  it('rett referat lists the entries; edit and remove are appended, the minutes say who corrected them and when', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '300001');
    await s.say(kari, 'start møte');
    expect(await s.say(kari, 'rett referat')).toContain('Møtet pågår fortsatt');
    await s.say(kari, 'vedtak: Nettverket søker om midler i januar');
    await s.say(ola, 'info: dette skal ikke stå der');
    await s.say(ola, 'info: Bufetat kan holde opplæring');
    await s.say(kari, 'oppgave @Ola Hansen bestille lokale innen 11.12', { mentions: [ola] });
    const minutes = await s.bodies(kari, 'avslutt møte');
    expect(JSON.stringify(minutes)).toContain('søker om midler i januar');
    const m = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const log = await entriesOf(t, net, m.id);
    const decision = log.find((e) => e.kind === 'decision');
    const stray = log.find((e) => e.text === 'dette skal ikke stå der');

    t.clock.set('2026-11-30T09:00:00Z');
    expect(await s.say(ola, 'rett referat 27.11')).toContain('Bare nettverkets ledere');
    const cardOut = await s.say(kari, 'rett referat 27.11');
    expect(cardOut).toContain('Rett referatet fra 27.11.2026');
    expect(cardOut).toContain('minutes.correct');
    expect(cardOut).toContain('minutes.remove');
    expect(cardOut).toContain(`text_${decision.id}`);

    const data = { networkId: net.teamId, meetingId: m.id };
    const member = await t.post(
      cardAction(net, ola, 'minutes.remove', { ...data, entryId: stray.id }, { thread: '300001', replyToId: '300002' }),
    );
    expect(JSON.stringify(member.body)).toContain('Bare nettverkets ledere');
    const edit = await t.post(
      cardAction(
        net,
        kari,
        'minutes.correct',
        { ...data, entryId: decision.id, [`text_${decision.id}`]: 'Nettverket søker om midler i februar' },
        { thread: '300001', replyToId: '300002' },
      ),
    );
    expect(edit.status).toBe(200);
    expect(JSON.stringify(edit.body)).toContain('Rettet 30.11.2026 av Kari Nordmann');
    await t.post(
      cardAction(
        net,
        kari,
        'minutes.remove',
        { ...data, entryId: stray.id },
        { thread: '300001', replyToId: '300002' },
      ),
    );
    const taskEntry = log.find((e) => e.kind === 'task');
    await t.post(
      cardAction(
        net,
        kari,
        'minutes.remove',
        { ...data, entryId: taskEntry.id },
        { thread: '300001', replyToId: '300002' },
      ),
    );
    // A task taken out of the minutes is not followed up either.
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('deleted');
    const again = await t.post(
      cardAction(
        net,
        kari,
        'minutes.remove',
        { ...data, entryId: stray.id },
        { thread: '300001', replyToId: '300002' },
      ),
    );
    expect(JSON.stringify(again.body)).toContain('allerede fjernet');

    const shown = await s.say(ola, 'referat 27.11');
    expect(shown).toContain('søker om midler i februar');
    expect(shown).not.toContain('søker om midler i januar');
    expect(shown).not.toContain('dette skal ikke stå der');
    expect(shown).toContain('Bufetat kan holde opplæring');
    expect(shown).toContain('Rettet 30.11.2026 av Kari Nordmann');
    // Empty sections are left out: nobody registered attendance.
    expect(shown).not.toContain('Forfall');
    expect(shown).not.toContain('Ingen notater');

    // The Markdown and .docx exports say the same.
    const md = /"url":"([^"]+\.md\?[^"]+)"/.exec(shown)![1]!.replace(/\\u0026/g, '&');
    const mdRes = await fetch(md);
    // Private minutes: not sniffed into something else, and not kept by any cache on the way.
    expect(mdRes.headers.get('x-content-type-options')).toBe('nosniff');
    expect(mdRes.headers.get('cache-control')).toBe('no-store');
    const doc = await mdRes.text();
    expect(doc).toContain('søker om midler i februar');
    expect(doc).toContain('Rettet 30.11.2026 av Kari Nordmann');
    expect(doc).not.toContain('dette skal ikke stå der');
    expect(doc).not.toContain('Ingen notater');
    expect(doc).not.toContain('Forfall');

    // The history is kept: the original entries are still in the log, the corrections appended after them.
    const after = await entriesOf(t, net, m.id);
    expect(after.find((e) => e.id === decision.id)?.text).toBe('Nettverket søker om midler i januar');
    expect(after.find((e) => e.id === stray.id)?.text).toBe('dette skal ikke stå der');
    expect(after.slice(-3).map((e) => e.kind)).toEqual(['correction', 'removal', 'removal']);
    expect(shown).not.toContain('bestille lokale');
    // The posted minutes card was updated for everyone.
    const update = t.connector.emulator.calls.filter((c) => c.method === 'PUT').at(-1);
    expect(JSON.stringify(update?.body)).toContain('søker om midler i februar');
  });
});
