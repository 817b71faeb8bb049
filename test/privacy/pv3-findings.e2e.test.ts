// Through the real server: the identity numbers review 1 and attack round 8 still got through
// (4.2.5 «account numbers» with a look-alike or a naming word, look-alike spellings with a wrong
// check digit, separators just outside the set) are refused in the channel and never stored; the
// ordinary lines beside them go onto the agenda as typed. A number split over two meeting lines is
// masked in the minutes card, the Markdown and the .docx; control characters never reach a card
// or the calendar feed.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { appPerTest, say as chatSay, speaker } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);
const start = appPerTest(kari, '2026-12-10T08:00:00Z');
const REFUSED = /ser ut til å inneholde et fødselsnummer/;

describe('identity numbers that still got through (review 1, attack round 8)', () => {
  it('are refused in the channel and never reach the agenda; ordinary lines beside them do', async () => {
    const { t, net } = await start();
    const say = (text: string) => chatSay(t, net, kari, text, { thread: '870001' });
    const spelled = [
      // Item 1: a 4.2.5 grouping with a naming word or a look-alike is no account number.
      'fnr 1503 87 12486',
      '15O3 87 l2486',
      'personnummer l5O3.87.l2486',
      // Item 3: a date and five with look-alikes, whatever the check digits.
      '01O19012345',
      'O1O19O12345',
      '41\u041e19\u041e12345',
      '01.01.9O 12345',
      '\u25cb1\u25cb19\u25cb12345',
      // Item 4: brackets, quotes, apostrophes, heading marks; doubled separators digit by digit.
      '(010190)(12345)',
      '"010190" "12345"',
      "01'01'90'12345",
      '# 010190 # 12345',
      '0--1--0--1--9--0--1--2--3--4--5',
      '0, 1, 0, 1, 9, 0, 1, 2, 3, 4, 5',
    ];
    for (const s of spelled) {
      const said = await say(`agenda + Sak ${s} A`);
      expect(said, s).toMatch(REFUSED);
      expect(said, s).not.toContain(s);
    }
    const ordinary = [
      'kontonr 1503 87 12486',
      'betal til 1234 56 78903',
      'Møte 10.06.2023 ISO 20120',
      'Møte 07.06.2022 Sol 37498',
      '14 02 09 Solo 183',
      'Punkt (1), (2) og (3) er vedtatt',
      'Ref XO1O19O12345X',
    ];
    for (const s of ordinary) expect(await say(`agenda + ${s}`), s).not.toMatch(REFUSED);
    const agenda = await say('agenda');
    for (const s of ordinary) expect(agenda, s).toContain(s);
    for (const tail of ['12486', 'l2486', '12345'])
      expect(agenda.replace(/kontonr 1503 87 12486|O1O19O12345X/g, '')).not.toContain(tail);
  });
});

async function downloads(ended: string): Promise<{ md: string; docx: string }> {
  const link = (ext: string) => /"url":"([^"]+\.EXT\?[^"]+)"/.source.replace('EXT', ext);
  const md = new RegExp(link('md')).exec(ended)![1]!.replace(/\\u0026/g, '&');
  const docx = new RegExp(link('docx')).exec(ended)![1]!.replace(/\\u0026/g, '&');
  const buffer = Buffer.from(await (await fetch(docx)).arrayBuffer());
  return { md: await (await fetch(md)).text(), docx: (await mammoth.extractRawText({ buffer })).value };
}

describe('a number split over two meeting lines (attack round 8, A3)', () => {
  it('is masked where the lines meet on the card, in the Markdown and in the .docx; a date and a count on two lines stay', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '870002');
    await s.say(kari, 'start møte');
    expect(await s.say(kari, 'info: saken gjelder 010190')).not.toMatch(REFUSED);
    expect(await s.say(kari, 'info: 12345 er resten')).not.toMatch(REFUSED);
    await s.say(kari, 'info: fagdag 12.03.2027');
    await s.say(kari, 'info: 12 deltakere er påmeldt');
    const ended = await s.say(kari, 'avslutt møte');
    const { md, docx } = await downloads(ended);
    for (const [where, text] of [
      ['card', ended],
      ['md', md],
      ['docx', docx],
    ] as const) {
      expect(text, where).toContain('saken gjelder');
      expect(text, where).toContain('er resten');
      // The Markdown escapes the mark's brackets.
      expect(text, where).toContain('fødselsnummer fjernet');
      expect(text, where).not.toContain('010190');
      expect(text, where).not.toContain('12345');
      expect(text, where).toContain('fagdag 12.03.2027');
      expect(text, where).toContain('12 deltakere er påmeldt');
    }
  });
});

describe('control characters (attack round 8, A6)', () => {
  it('never reach a card, a reply or the calendar feed', async () => {
    const { t, net } = await start();
    const before = t.connector.emulator.calls.length;
    await chatSay(t, net, kari, 'frist 17.01.2027 Ctl \u0000\u0007\u001b[31m rød');
    await chatSay(t, net, kari, 'frister');
    const res = await t.post(personalMessage(t.connector.url, net.tenantId, kari, `frister ${net.teamName}`));
    expect(res.status).toBe(200);
    const sent = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    expect(sent).toContain('Ctl');
    expect(sent).not.toMatch(/\\u000[0-8]|\\u001[0-9a-f]|\\u007f|[\u0080-\u009f]/);
    const feed = /(https?:\/\/[^"\s)]+frister\.ics[^"\s)]+)/.exec(sent)![1]!.replace(/\\u0026/g, '&');
    const ics = await (await fetch(feed)).text();
    expect(ics).toMatch(/SUMMARY:Ctl/);
    expect(ics).not.toMatch(/[\p{Cc}--[\t\n\r]]/v);
    expect(ics).not.toContain('[31m');
    // Nor are they stored: the title is kept as it reads.
    const stored = await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId);
    expect(stored.map((d) => d.title)).toEqual(['Ctl rød']);
  });
});
