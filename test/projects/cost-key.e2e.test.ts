import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { bodiesOf, startAt } from '../support/chat.ts';
import { cardAction, person, personalMessage, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

/** Every card the bot sent for one message. */
const cardsOf = (bodies: any[]) => bodies.flatMap((b) => (b.attachments ?? []).map((a: any) => a.content));
/** A card or message as text, with the no-break spaces that hold figures together read as spaces. */
const plain = (x: unknown) => JSON.stringify(x).replace(/\u00a0/g, ' ');
/** Each municipality's block (and the sum's) as [name, amount, what it rests on], with plain spaces. */
const tableRows = (card: any): string[][] =>
  card.body
    .filter((e: any) => e.type === 'Container' && e.items?.[0]?.type === 'ColumnSet')
    .map((c: any) =>
      [...c.items[0].columns.map((col: any) => col.items[0].text), c.items[1].text].map((x: string) =>
        x.replace(/\u00a0/g, ' '),
      ),
    );

describe('kostnadsfordeling, end to end through the real server', () => {
  let t: TestApp;
  let net: NetworkFixture;
  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-23T08:00:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('splits the Øvre Romerike model (seed 004) into whole kroner that sum to the total, as a table', async () => {
    const typed =
      'kostnadsfordeling 1 000 000 kr, fast 50 %: Ullensaker 41 565 bruk 8; Eidsvoll 26 716 bruk 6; Nes 23 898 bruk 5; Gjerdrum 6 989 bruk 2; Hurdal 2 905 bruk 1; Nannestad 15 074 bruk 4; Lunner 9 144 bruk 2';
    const [card] = cardsOf(await bodiesOf(t, net, ola, typed));
    const rows = tableRows(card);
    expect(rows[0]).toEqual([
      'Ullensaker',
      '307 417 kr',
      '41 565 (32,9 %) innbyggere · bruk 8 · fast del 164 560 kr + bruksdel 142 857 kr',
    ]);
    expect(rows[6]).toEqual([
      'Lunner',
      '71 916 kr',
      '9 144 (7,2 %) innbyggere · bruk 2 · fast del 36 202 kr + bruksdel 35 714 kr',
    ]);
    expect(rows[7]).toEqual([
      'Sum',
      '1 000 000 kr',
      '126 291 innbyggere · bruk 28 · fast del 500 000 kr + bruksdel 500 000 kr',
    ]);
    const all = plain(card);
    expect(all).toContain('Jeg kan ikke hente innbyggertall selv');
    expect(all).toContain('Jeg forstod: totalt 1 000 000 kr · fast andel 50 % · Ullensaker: 41 565 innbyggere, bruk 8');
  });

  it('works in a personal chat too, and with no share or use splits everything by population', async () => {
    const res = await t.post(
      personalMessage(net.serviceUrl, net.tenantId, kari, 'kostnadsfordeling 100 000: Eidsvoll 26 716; Nes 23 898'),
    );
    expect(res.status).toBe(200);
    const sent = plain(t.connector.emulator.calls.at(-1)?.body);
    expect(sent).toContain('hele beløpet er fordelt etter innbyggertall');
    expect(sent).toContain('52 784 kr'); // 100 000 × 26 716 / 50 614 = 52 783,82
    expect(sent).toContain('47 216 kr');
  });

  it('bad input: says what was wrong in Norwegian, with an example that works and what was understood', async () => {
    const [card] = cardsOf(
      await bodiesOf(t, net, ola, 'kostnadsfordeling 600 000 fast 50 %: Eidsvoll 26 716 10; Nes 23 898 bruk 5'),
    );
    const all = plain(card);
    expect(all).toContain('Innbyggertallet for Eidsvoll («26 716 10») er ikke et helt tall');
    expect(all).toContain(
      'Eksempel: «kostnadsfordeling 600 000 fast 50 %: Eidsvoll 26 716 bruk 10; Nes 23 898 bruk 5; Hurdal 2 905 bruk 1»',
    );
    expect(all).toContain('Du skrev: «kostnadsfordeling 600 000 fast 50 %: Eidsvoll 26 716 10; Nes 23 898 bruk 5»');
    expect(all).toContain('Jeg forstod: totalt 600 000 kr · fast andel 50 % · Nes: 23 898 innbyggere, bruk 5');

    const ambiguous = plain(
      cardsOf(await bodiesOf(t, net, ola, 'kostnadsfordeling 1,200 fast 50 %: Nes 23 898 bruk 5')),
    );
    expect(ambiguous).toContain('Totalbeløpet «1,200» kunne jeg ikke lese');
    expect(ambiguous).toContain('kan leses på to måter');

    const noShare = plain(
      cardsOf(await bodiesOf(t, net, ola, 'kostnadsfordeling 600 000: Nes 23 898 bruk 5; Hurdal 2 905 bruk 1')),
    );
    expect(noShare).toContain('ikke hvor stor del som fordeles fast');
  });

  it('the error card keeps the text in a field; «Regn ut» with one figure corrected gives the key', async () => {
    const [form] = cardsOf(
      await bodiesOf(t, net, ola, 'kostnadsfordeling 600 000 fast 50 %: Eidsvoll 26 716 10; Nes 23 898 bruk 5'),
    );
    const input = form.body.find((e: any) => e.type === 'Input.Text');
    expect(input.value).toBe('600 000 fast 50 %: Eidsvoll 26 716 10; Nes 23 898 bruk 5');
    expect(form.actions[0].verb).toBe('costkey.compute');
    // The leader fixes the line in the field (line breaks survive in a card input) and clicks.
    const res = await t.post(
      cardAction(net, ola, 'costkey.compute', {
        costKeyText: '600 000 fast 50 %:\nEidsvoll 26 716 bruk 10\nNes 23 898 bruk 5',
      }),
    );
    expect(res.status).toBe(200);
    const card = res.body.value;
    expect(tableRows(card)[2]).toEqual([
      'Sum',
      '600 000 kr',
      '50 614 innbyggere · bruk 15 · fast del 300 000 kr + bruksdel 300 000 kr',
    ]);
    // The result card carries the key one municipality a line, ready to change and compute again.
    expect(card.body.find((e: any) => e.type === 'Input.Text').value).toBe(
      '600 000 kr fast 50 %:\nEidsvoll 26 716 bruk 10\nNes 23 898 bruk 5',
    );
    const bad = await t.post(
      cardAction(net, ola, 'costkey.compute', { costKeyText: '600 000 fast 50 %:\nEidsvoll bruk 10' }),
    );
    expect(plain(bad.body.value)).toContain('Innbyggertallet mangler for Eidsvoll');
  });

  it('without arguments explains how to write it and that populations are not fetched', async () => {
    const help = plain(cardsOf(await bodiesOf(t, net, ola, 'kostnadsfordeling')));
    expect(help).toContain('Slik fordeler du en felles kostnad');
    expect(help).toContain('Jeg kan ikke hente innbyggertall selv');
  });
});
