import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';

// The task-status lines under «Oppfølging av oppgaver» are lines of the minutes like any other: a
// leader must be able to correct or remove them with «rett referat» (a stranger's month, N4).
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-11-27T07:30:00Z');
const minute = 60_000;

/** The rows of a correction card: the id each button carries and the text the row shows. */
function rowsIn(card: any): { id: string; text: string }[] {
  return (card?.body ?? [])
    .filter((c: any) => c.type === 'Container')
    .map((c: any) => ({
      id: c.items.find((i: any) => i.type === 'ActionSet')?.actions.find((a: any) => a.verb === 'minutes.remove')?.data
        ?.entryId,
      text: c.items.find((i: any) => i.type === 'Input.Text')?.value ?? c.items[1]?.text,
    }))
    .filter((r: { id?: string }) => r.id);
}

/** The correction card among the bodies the bot sent. */
const cardIn = (bodies: any[]) =>
  bodies.flatMap((b) => b.attachments ?? []).find((a: any) => JSON.stringify(a).includes('minutes.remove'))?.content;

describe('correcting the task-status lines of the minutes', () => {
  it('rett referat lists every follow-up line; a line corrected or removed changes the card, .md and .docx', async () => {
    const { t, net } = await start();
    const before = speaker(t, net, '840001');
    const s = speaker(t, net, '840002');
    await before.say(kari, 'oppgave @Ola Hansen lage oversikt over ubrukte midler innen 11.12', { mentions: [ola] });
    await before.say(kari, 'oppgave @Ola Hansen skrive prosjektplan innen 18.12', { mentions: [ola] });
    t.clock.advance(30 * minute);
    await s.say(kari, 'start møte');
    await s.say(kari, 'punkt 3');
    t.clock.advance(minute);
    await s.say(ola, 'T1 pågår');
    t.clock.advance(minute);
    await s.say(ola, 'T1 er ferdig');
    t.clock.advance(minute);
    await s.say(ola, 'T2 er ferdig, planen ligger i Teams-mappa');
    t.clock.advance(minute);
    await s.say(kari, 'vedtak: Vi bruker den nye malen');
    t.clock.advance(10 * minute);
    const ended = await s.say(kari, 'avslutt møte');
    expect(ended).toContain('T1 «lage oversikt over ubrukte midler»: ferdig');
    const m = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;

    const openAtEnd = async () =>
      (await t.app.services.meetingViews!.minutes(m)).tasksByOwner.flatMap((g) => g.tasks.map((x) => x.taskId));
    // T1 was done when the meeting ended, so it is not among the open tasks.
    expect(await openAtEnd()).not.toContain('T1');

    t.clock.set('2026-11-30T09:00:00Z');
    const cardOut = await s.say(kari, 'rett referat 27.11');
    const rows = rowsIn(cardIn(JSON.parse(cardOut)));
    const texts = rows.map((r) => r.text);
    expect(texts).toContain('Vi bruker den nye malen');
    expect(texts).toContain('T1 «lage oversikt over ubrukte midler»: pågår');
    expect(texts).toContain('T1 «lage oversikt over ubrukte midler»: ferdig (Ola Hansen, 27.11.2026)');
    expect(texts).toContain('T2 «skrive prosjektplan»: ferdig (Ola Hansen, 27.11.2026) – planen ligger i Teams-mappa');
    expect(cardOut).toContain('Oppfølging');
    const falseDone = rows.find(
      (r) => r.text === 'T1 «lage oversikt over ubrukte midler»: ferdig (Ola Hansen, 27.11.2026)',
    )!;
    const t2 = rows.find((r) => r.text.startsWith('T2'))!;

    const data = { networkId: net.teamId, meetingId: m.id };
    const opts = { thread: '840002', replyToId: '840003' };
    // A member cannot.
    const member = await t.post(cardAction(net, ola, 'minutes.remove', { ...data, entryId: falseDone.id }, opts));
    expect(JSON.stringify(member.body)).toContain('Bare nettverkets ledere');
    // The false «ferdig» is removed; the T2 line is corrected.
    const removed = await t.post(cardAction(net, kari, 'minutes.remove', { ...data, entryId: falseDone.id }, opts));
    expect(removed.status).toBe(200);
    const left = rowsIn((removed.body as any).value).map((r) => r.text);
    expect(left).not.toContain('T1 «lage oversikt over ubrukte midler»: ferdig');
    expect(left).toContain('T1 «lage oversikt over ubrukte midler»: pågår');
    // Without its «ferdig» line, the minutes have T1 still open (pågår) when the meeting ended.
    expect(await openAtEnd()).toContain('T1');
    const corrected = 'T2 «skrive prosjektplan»: ferdig – planen ligger i mappa «Prosjekt» i Teams';
    const edit = await t.post(
      cardAction(net, kari, 'minutes.correct', { ...data, entryId: t2.id, [`text_${t2.id}`]: corrected }, opts),
    );
    expect(JSON.stringify(edit.body)).toContain('Rettet 30.11.2026 av Kari Nordmann');
    // Removed twice: said so, nothing else happens.
    const again = await t.post(cardAction(net, kari, 'minutes.remove', { ...data, entryId: falseDone.id }, opts));
    expect(JSON.stringify(again.body)).toContain('allerede fjernet');
    // An empty text is refused.
    const empty = await t.post(
      cardAction(net, kari, 'minutes.correct', { ...data, entryId: t2.id, [`text_${t2.id}`]: '  ' }, opts),
    );
    expect(JSON.stringify(empty.body)).toContain('kan ikke være tom');

    const shown = await s.say(ola, 'referat 27.11');
    expect(shown).toContain('T1 «lage oversikt over ubrukte midler»: pågår');
    expect(shown).not.toContain('T1 «lage oversikt over ubrukte midler»: ferdig');
    expect(shown).toContain('planen ligger i mappa «Prosjekt» i Teams');
    expect(shown).not.toContain('planen ligger i Teams-mappa');
    expect(shown).toContain('Rettet 30.11.2026 av Kari Nordmann');

    const md = /"url":"([^"]+\.md\?[^"]+)"/.exec(shown)![1]!.replace(/\\u0026/g, '&');
    const doc = await (await fetch(md)).text();
    expect(doc).toContain('planen ligger i mappa «Prosjekt» i Teams');
    expect(doc).not.toContain('T1 «lage oversikt over ubrukte midler»: ferdig');
    expect(doc).toContain('T1 «lage oversikt over ubrukte midler»: pågår');
    const docxUrl = /"url":"([^"]+\.docx\?[^"]+)"/.exec(shown)![1]!.replace(/\\u0026/g, '&');
    const zip = await JSZip.loadAsync(Buffer.from(await (await fetch(docxUrl)).arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('planen ligger i mappa');
    expect(xml).not.toContain('ubrukte midler»: ferdig');
    // The posted minutes card was updated for everyone.
    const update = t.connector.emulator.calls.filter((c) => c.method === 'PUT').at(-1);
    expect(JSON.stringify(update?.body)).toContain('planen ligger i mappa');
    // The task itself is the task's business: removing the line from the minutes does not reopen it.
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('done');
  });
});
