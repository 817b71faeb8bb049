// Attack round 13 on the HTTP edge, the trust rules and what the bot says back, through the real server
// (as round12-edge.e2e.test.ts).
import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import JSZip from 'jszip';
import { cardAction, person } from '../support/teams.ts';

// Monday 23 November 2026, 09:00 in Oslo.
const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1); // installs the bot: leader

const app = appPerTest(kari, MONDAY);

/** The direction controls in what the bot sent, in order. */
const bidiIn = (s: string) => s.match(/[\u202a-\u202e\u2066-\u2069]/gu) ?? [];

describe("A1: a direction override typed in a title turns only the title, never the bot's own words", () => {
  it('an open U+202E in a deadline title is dropped from the reply, the list and the card; a closed pair is kept', async () => {
    const { t, net } = await app();
    const open = await say(t, net, kari, 'frist 10.12.2026 søknad \u202eevil');
    expect(open).toContain('er lagt inn');
    expect(open).toContain('søknad evil');
    expect(bidiIn(open)).toEqual([]);
    // Kept as typed: the reader of reversed identity numbers needs it, and the tab shows what was saved.
    expect((await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))?.title).toContain('\u202e');

    const closed = await say(t, net, kari, 'frist 11.12.2026 rapport \u202eabc\u202c slutt');
    expect(closed).toContain('er lagt inn');
    // The closed pair stays as typed (in the reply and on its card), so it turns «abc» alone.
    expect(bidiIn(closed).length).toBeGreaterThan(0);
    expect(bidiIn(closed).join('')).toBe('\u202e\u202c'.repeat(bidiIn(closed).length / 2));

    const listed = await say(t, net, kari, 'frister');
    expect(listed).toContain('søknad evil');
    expect(bidiIn(listed).join('')).toBe('\u202e\u202c'.repeat(bidiIn(listed).length / 2));
  }, 60_000);
});

describe('A2: a date that cannot be is named for what is wrong with it, not «no date»', () => {
  it('«avlys møte 30.02» and «frist om 999 måneder» say why, and nothing changes', async () => {
    const { t, net } = await app();
    const store = t.app.services.store;
    expect(await say(t, net, kari, 'møteplan første fredag kl 09-15')).toContain('Møteplanen er endret');
    const cancelled = await say(t, net, kari, 'avlys møte 30.02 for få saker');
    expect(cancelled).toContain('Datoen «30.02» finnes ikke i kalenderen.');
    expect(cancelled).not.toContain('ingen dato');
    expect(await say(t, net, kari, 'avlys møte 31.12.9999')).toContain('mer enn ti år fram i tid');
    expect(await store.meetingExceptions.list(net.tenantId, net.teamId)).toEqual([]);
    // A real date still cancels, and words that are no date still get the «no date» words.
    expect(await say(t, net, kari, 'avlys møte for få saker')).toContain('Jeg fant ingen dato jeg forstod.');

    const far = await say(t, net, kari, 'frist om 999 måneder søknad');
    expect(far).toContain('«om 999 måneder» er 23.02.2110, mer enn ti år fram i tid.');
    expect(far).not.toContain('ingen dato');
    expect(await say(t, net, kari, 'frist om 3 måneder søknad')).toContain('tirsdag 23. februar 2027 er lagt inn');
    expect((await store.deadlines.listOpen(net.tenantId, net.teamId)).map((d) => d.date)).toEqual(['2027-02-23']);
  }, 60_000);
});

describe('A3: «møteplan … fra <dato>» is refused, never started at once with the date dropped', () => {
  it('a start date is refused and the plan left as it was; a time after «fra» is still a time', async () => {
    const { t, net } = await app();
    const store = t.app.services.store;
    const plan = () => store.meetings.getSeries(net.tenantId, net.teamId).then((x) => JSON.stringify(x?.series));
    expect(await say(t, net, kari, 'møteplan siste torsdag i måneden kl 10-14')).toContain('Møteplanen er endret');
    const before = await plan();
    for (const typed of ['fra 01.01.2036', 'fra 1. februar', 'fra og med mars 2027', 'fra neste år']) {
      const out = await say(t, net, kari, `møteplan første fredag kl 09-15 ${typed}`);
      expect(out, typed).toContain(`tar ingen startdato, så «${typed}» ble ikke brukt, og ingenting er endret`);
      expect(out, typed).not.toContain('Møteplanen er endret');
    }
    expect(before).toContain('-1TH');
    expect(await plan()).toBe(before);
    const timed = await say(t, net, kari, 'møteplan første fredag fra 9.00 til 15.00');
    expect(timed).toContain('Møteplanen er endret. Jeg forstod: første fredag i måneden kl. 09:00–15:00.');
  }, 60_000);
});

describe('A4: a draft or export link made before «slett nettverksdata» shows nothing stored after it', () => {
  it('the application draft and the export link give 410 after the erase; fresh links show the new data', async () => {
    const { t, net } = await app();
    t.connector.emulator.installPersonal(kari.id);
    const draftLink = (out: string) =>
      /(https?:\/\/[^"\s)]+ledernettverk-soknad-\d{4}\.docx[^"\s)]*)/.exec(out)![1]!.replace(/\\u0026/g, '&');
    const exportLink = (out: string) =>
      /\((https?:\/\/[^)]+nettverksdata\.json[^)]+)\)/.exec(out)![1]!.replace(/\\u0026/g, '&');
    const docText = async (url: string) => {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
      return zip.file('word/document.xml')!.async('string');
    };
    const oldDraft = draftLink(await say(t, net, kari, 'søknadsutkast orgnr 974 123 456'));
    expect(await docText(oldDraft)).toContain('974 123 456');
    const before = t.connector.emulator.calls.length;
    await say(t, net, kari, 'eksporter data');
    const oldExport = exportLink(JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body)));
    expect((await fetch(oldExport)).status).toBe(200);

    const asked = await say(t, net, kari, 'slett nettverksdata');
    const data = JSON.parse(/"verb":"network\.erase","data":(\{[^}]+\})/.exec(asked)![1]!);
    const done = await t.post(cardAction(net, kari, 'network.erase', data));
    expect(JSON.stringify(done.body)).toContain('slettet nettverkets data');
    // What the network stores after the erase.
    t.clock.set('2026-11-23T08:01:00Z');
    const newDraft = draftLink(await say(t, net, kari, 'søknadsutkast orgnr 999 888 777'));

    for (const old of [oldDraft, oldExport]) {
      const res = await fetch(old);
      expect(res.status, old).toBe(410);
      expect(await res.text()).not.toContain('999 888 777');
    }
    t.clock.set('2026-11-23T08:20:00Z');
    expect((await fetch(oldDraft)).status).toBe(410);
    expect(await docText(newDraft)).toContain('999 888 777');
    const after = t.connector.emulator.calls.length;
    await say(t, net, kari, 'eksporter data');
    const newExport = exportLink(JSON.stringify(t.connector.emulator.calls.slice(after).map((c) => c.body)));
    const exported = await fetch(newExport);
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain('999 888 777');
  }, 60_000);
});
