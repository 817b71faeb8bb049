import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say as chatSay } from '../support/chat.ts';
import { person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { validNationalId } from '../support/national-id.ts';
import { carries, spellings } from '../support/national-id-spellings.ts';

// Monday 23 November 2026, 09:00 in Oslo; the next meeting is Friday 27 November.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const THREAD = '800001';
const MARK = '[fødselsnummer fjernet]';

const fnr = validNationalId('010190', '123');
const dnr = validNationalId('430585', '456'); // 3 May 1985, first digit + 4
const hnr = validNationalId('154685', '321'); // 15 June 1985, month's first digit + 4
// A birth date with check digits that do not add up: a mistyped number still points at a child.
const mistyped = '01017012345';
const NUMBERS = { fødselsnummer: fnr, 'D-nummer': dnr, 'H-nummer': hnr, 'wrong check digits': mistyped };

const setup = appPerTest(kari, '2026-11-23T08:00:00Z');

/** What the bot sent to the connector for one message, as JSON text. */
const say = (
  t: TestApp,
  net: NetworkFixture,
  who: TestPerson,
  text: string,
  thread: string | undefined = THREAD,
): Promise<string> => chatSay(t, net, who, text, { thread, status: (status) => expect(status).toBeLessThan(300) });

/** Every file SQLite keeps for the test database (main file, WAL, shared memory), as bytes. */
function dbBytes(dir: string): Buffer {
  return Buffer.concat(
    readdirSync(dir)
      .filter((f) => f.startsWith('test.db'))
      .map((f) => readFileSync(join(dir, f))),
  );
}

describe('identity numbers typed as meeting lines', () => {
  it('refuses every spelling of every kind, keeps none of them in the database or the minutes', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'start møte');
    const typed: { id: string; text: string }[] = [];
    for (const [kind, id] of Object.entries(NUMBERS)) {
      for (const [spelling, shown] of Object.entries(spellings(id))) {
        const text = `info: samtale om barnet ${shown} i dag`;
        typed.push({ id, text });
        const out = await say(t, net, ola, text);
        expect(out, `${kind}, ${spelling}`).toContain('ser ut til å inneholde et fødselsnummer');
        expect(carries(out, id), `${kind}, ${spelling}: the refusal repeats the number`).toBe(false);
      }
    }
    for (const id of [fnr, mistyped]) {
      for (const [spelling, shown] of Object.entries(spellings(id))) {
        for (const text of [
          `vedtak: barnet ${shown} flyttes`,
          `oppgave @Ola Hansen følge opp ${shown} innen 15.12`,
          `gjort: samtale med ${shown}`,
        ]) {
          typed.push({ id, text });
          const out = await say(t, net, ola, text);
          expect(carries(out, id), `${spelling}: ${out}`).toBe(false);
        }
      }
    }
    // A line without a number is still kept, so the refusals above are the guard and not a broken meeting.
    await say(t, net, ola, 'info: samtale om rutiner for fosterhjemsveiledning');
    const m = (await t.app.services.store.meetings.running(net.tenantId, net.teamId))!;
    const entries = JSON.stringify(await t.app.services.store.meetings.entries(net.tenantId, net.teamId, m.id));
    expect(entries).toContain('rutiner for fosterhjemsveiledning');
    const minutes = await say(t, net, kari, 'avslutt møte');
    expect(minutes).toContain('rutiner for fosterhjemsveiledning');
    const bytes = dbBytes(t.dir);
    for (const { id, text } of typed) {
      expect(carries(entries, id)).toBe(false);
      expect(carries(minutes, id)).toBe(false);
      expect(bytes.includes(id)).toBe(false);
      expect(bytes.includes(Buffer.from(text, 'utf8'))).toBe(false);
    }
  });

  it('keeps account numbers, organisation numbers, phone numbers, dates, amounts and times', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'start møte');
    const lines = [
      'info: tilskuddet utbetales til konto 0101.70.12345',
      'info: konto 1503 42 12345 hos kommunen',
      'info: org.nr. 974 760 673 for Nes kommune, også skrevet 974760673',
      'info: ring Kari på +47 412 34 567 eller 41234567',
      'info: søknadsfrist 30.11.2026 kl 12:00, rapportering 01.03.2027',
      'info: budsjett 1 200 000 kr, av dette 12 000 000 øre',
      'info: møtet varer 09.00-15.30 i 2027',
    ];
    for (const line of lines) {
      const out = await say(t, net, ola, line);
      expect(out, line).not.toContain('fødselsnummer');
    }
    const m = (await t.app.services.store.meetings.running(net.tenantId, net.teamId))!;
    const kept = (
      (await t.app.services.store.meetings.entries(net.tenantId, net.teamId, m.id)) as { kind: string; text?: string }[]
    )
      .filter((e) => e.kind === 'note')
      .map((e) => `info: ${e.text}`);
    expect(kept).toEqual(lines);
  });
});

describe('identity numbers in other things members type', () => {
  it('a proposal outside a meeting, a deadline, a meeting plan: refused or not kept, in every spelling', async () => {
    const { t, net } = await setup();
    const typed: string[] = [];
    for (const id of [fnr, mistyped]) {
      for (const [spelling, shown] of Object.entries(spellings(id))) {
        for (const text of [
          `vedtak: barnet ${shown} får tilbud`,
          `frist 30.12 Søknad for ${shown}`,
          `møteplan siste fredag i måneden 09:00-15:30 ${shown}`,
        ]) {
          typed.push(text);
          const out = await say(t, net, kari, text, undefined);
          expect(carries(out, id), `${spelling}: ${out}`).toBe(false);
        }
      }
    }
    const bytes = dbBytes(t.dir);
    for (const id of [fnr, mistyped]) expect(bytes.includes(id)).toBe(false);
    for (const text of typed) expect(bytes.includes(Buffer.from(text, 'utf8'))).toBe(false);
    expect(await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27')).toEqual([]);
  });
});

describe('identity numbers in what the bot says back', () => {
  const cases: { name: string; text: (shown: string) => string; inMeeting?: boolean }[] = [
    { name: 'møteplan <fnr>', text: (n) => `møteplan ${n}` },
    { name: 'frist varsler <fnr>', text: (n) => `frist varsler ${n}` },
    { name: 'an unknown command', text: (n) => `møteplann ${n}` },
    { name: 'plain talk in a meeting thread', text: (n) => `vi snakket om ${n} i dag`, inMeeting: true },
  ];
  for (const c of cases) {
    it(`${c.name}: the replies never carry the number, in any spelling`, async () => {
      const { t, net } = await setup();
      if (c.inMeeting) await say(t, net, kari, 'start møte');
      for (const id of [fnr, mistyped]) {
        for (const [spelling, shown] of Object.entries(spellings(id))) {
          const out = await say(t, net, kari, c.text(shown), c.inMeeting ? THREAD : undefined);
          expect(out.length, spelling).toBeGreaterThan(2); // the bot did answer
          expect(carries(out, id), `${spelling}: ${out}`).toBe(false);
          expect(
            out.includes(MARK) || out.includes('ser ut til å inneholde et fødselsnummer'),
            `${spelling}: ${out}`,
          ).toBe(true);
        }
      }
    });
  }
});

describe('a number cut short where the bot shortens what was typed', () => {
  // The bot shows long text back shortened to 57 characters and "…"; a number across the cut must
  // not leave its birth date and individual number behind.
  const cutAt = (prefix: string, keep: number) => `${prefix}${'a'.repeat(57 - prefix.length - keep - 1)} `;
  for (const keep of [7, 9, 10]) {
    it(`an unknown command and plain talk in a meeting, ${keep} digits before the cut`, async () => {
      const { t, net } = await setup();
      await say(t, net, kari, 'start møte');
      for (const [prefix, thread] of [
        ['møteplann ', undefined],
        ['vi snakket om ', THREAD],
      ] as const) {
        const typed = `${cutAt(prefix, keep)}${fnr} og mer tekst etter nummeret`;
        const out = await say(t, net, kari, typed, thread);
        expect(out.length).toBeGreaterThan(2);
        expect(out, out).not.toContain(`${fnr.slice(0, keep)}…`);
        expect(carries(out, fnr)).toBe(false);
      }
    });
  }
});
