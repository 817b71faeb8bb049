// What the tab's API answers passes the same outgoing mask as the chat (attack round 8, A3/A5): a
// deadline title or a minutes line kept before the guard read look-alike letters as digits
// («Søknad O1O19O12345») is masked in the JSON the tab gets and in the calendar feed, as a
// number in digits already was; the tab's minutes run two lines that meet into one number masked.
import { afterEach, describe, expect, it } from 'vitest';
import { deadlinesResponse, minutesListResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from '../tab/api-support.ts';

const kari = person('Kari Nordmann', 1);
const MARK = '[fødselsnummer fjernet]';
let app: TabApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the tab API masks look-alike spellings kept before the guard read them', () => {
  it('in the deadline list and the calendar feed', async () => {
    app = await startTabApp({ clock: new ManualClock('2026-11-23T08:00:00Z') });
    const net = netOf(app, 1);
    await app.install(net, kari);
    app.members(net, [kari]);
    const now = '2026-11-23T08:00:00.000Z';
    for (const title of ['Søknad O1O19O12345', 'Søknad 01.01.9O 12345', 'Møte 10.06.2023 ISO 20120'])
      await app.t.app.services.store.deadlines.create({
        tenantId: net.tenantId,
        networkId: net.teamId,
        title,
        kind: 'søknad',
        date: '2026-12-15',
        time: '23:59',
        scope: 'network',
        statsforvalter: null,
        origin: null,
        source: 'test',
        checklist: [],
        yearly: false,
        createdBy: kari,
        createdAt: now,
      });
    const res = await app.api(tabApi.deadlines(net.teamId), { token: await app.token(kari) });
    expect(res.status).toBe(200);
    const d = deadlinesResponse.parse(res.body);
    expect(d.deadlines.map((x) => x.title).sort()).toEqual(
      [`Søknad ${MARK}`, `Søknad ${MARK}`, 'Møte 10.06.2023 ISO 20120'].sort(),
    );
    const ics = await (await fetch(d.feedUrl)).text();
    expect(ics).not.toContain('O1O19O12345');
    expect(ics).not.toContain('9O 12345');
    expect(ics).toContain('ISO 20120');
  });
});

describe('the tab’s minutes document (attack round 8, A3)', () => {
  it('masks a number split over two meeting lines where they meet, and leaves a date and a count on two lines', async () => {
    app = await startTabApp({ clock: new ManualClock('2026-11-23T08:00:00Z') });
    const net = netOf(app, 1);
    await app.install(net, kari);
    app.members(net, [kari]);
    const s = speaker(app.t, net, '880001');
    await s.say(kari, 'start møte');
    await s.say(kari, 'info: saken gjelder 010190');
    await s.say(kari, 'info: 12345 er resten');
    await s.say(kari, 'info: fagdag 12.03.2027');
    await s.say(kari, 'info: 12 deltakere er påmeldt');
    await s.say(kari, 'avslutt møte');
    const token = await app.token(kari);
    const list = minutesListResponse.parse((await app.api(tabApi.minutes(net.teamId), { token })).body);
    const doc = await app.api(tabApi.minutesDoc(net.teamId, list.meetings[0]!.meetingId), { token });
    expect(doc.status).toBe(200);
    const notes = (doc.body as { items: { notes: string[] }[] }).items.flatMap((i) => i.notes);
    expect(notes).toEqual([`saken gjelder ${MARK}`, 'er resten', 'fagdag 12.03.2027', '12 deltakere er påmeldt']);
  });
});
