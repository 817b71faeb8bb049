import { describe, expect, it } from 'vitest';
import { checkCard } from '../support/card-check.ts';
import type { TestApp } from '../support/app.ts';
import { sentSince, appPerTest } from '../support/chat.ts';
import {
  botAddedToTeam,
  channelMessage,
  networkFixture,
  person,
  personalMessage,
  type NetworkFixture,
  type TestPerson,
} from '../support/teams.ts';
import { cardsOf as cardsIn } from '../support/cards.ts';

// N23 (month round 4): `agenda` and `frister` in the personal chat show the person's network's, read
// only; with several networks the bot asks which, with buttons; nobody sees a network they are not in.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

const setup = appPerTest(kari, '2026-11-16T08:00:00Z');

/** Every action anywhere in a card: [type, verb or value]. */
function actionsIn(node: unknown): { type: string; value: any }[] {
  const out: { type: string; value: any }[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.'))
      out.push({ type: o.type, value: o.verb ?? (o.data as any)?.msteams?.value ?? o.url });
    Object.values(o).forEach(walk);
  };
  walk(node);
  return out;
}

async function personal(t: TestApp, net: NetworkFixture, who: TestPerson, text: string) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(personalMessage(t.connector.url, net.tenantId, who, text));
  expect(res.status).toBe(200);
  const sent = sentSince(t, before);
  return { sent, text: JSON.stringify(sent.map((c) => c.body)), cards: sent.flatMap((c) => cardsIn(c.body)) };
}

async function inChannel(t: TestApp, net: NetworkFixture, who: TestPerson, text: string) {
  const res = await t.post(channelMessage(net, who, text));
  expect(res.status).toBe(200);
}

describe('N23: agenda and frister in the personal chat', () => {
  it('one network: the same agenda and deadline cards, without the buttons that change things', async () => {
    const { t, nets } = await setup(1);
    const net = nets[0]!;
    await inChannel(t, net, kari, 'møtested Rådhuset i Nes');
    await inChannel(t, net, kari, 'frist 15.12.2026 Rapport til Statsforvalteren');
    const agenda = await personal(t, net, kari, 'agenda');
    expect(agenda.text).not.toContain('brukes i nettverkets kanal');
    expect(agenda.cards).toHaveLength(1);
    const a = JSON.stringify(agenda.cards[0]);
    expect(a).toContain('Agenda for møtet');
    expect(a).toContain('27. november 2026');
    expect(a).toContain('Rådhuset i Nes');
    expect(a).toContain('Rapport til Statsforvalteren');
    expect(actionsIn(agenda.cards[0])).toEqual([]);
    expect(checkCard(agenda.cards[0]).errors).toEqual([]);
    // As people write it: capitals, a question.
    const frister = await personal(t, net, kari, 'Frister?');
    expect(frister.text).not.toContain('brukes i nettverkets kanal');
    expect(frister.cards).toHaveLength(1);
    expect(JSON.stringify(frister.cards[0])).toContain('Rapport til Statsforvalteren');
    expect(JSON.stringify(frister.cards[0])).toContain('15.12.2026');
    // The calendar link stays; the checklist buttons, which need the channel, go.
    expect(actionsIn(frister.cards[0]).map((x) => x.type)).toEqual(['Action.OpenUrl']);
    expect(checkCard(frister.cards[0]).errors).toEqual([]);
  });

  it('several networks: asks which with buttons; a button (or the name typed) shows that network’s', async () => {
    const { t, nets } = await setup(2);
    const [n1, n2] = [nets[0]!, nets[1]!];
    await inChannel(t, n1, kari, 'møtested Rådhuset i Nes');
    await inChannel(t, n2, kari, 'møtested Kulturhuset i Vik');
    await inChannel(t, n2, kari, 'frist 15.12.2026 Søknad om skjønnsmidler');
    const ask = await personal(t, n1, kari, 'agenda');
    expect(ask.text).not.toContain('Agenda for møtet');
    expect(ask.cards).toHaveLength(1);
    expect(checkCard(ask.cards[0]).errors).toEqual([]);
    const buttons = actionsIn(ask.cards[0]);
    expect(buttons.map((b) => b.value)).toEqual([`agenda ${n1.teamName}`, `agenda ${n2.teamName}`]);
    // Teams sends a button's text as if it was typed.
    const shown = await personal(t, n1, kari, buttons[1]!.value);
    expect(shown.text).toContain('Agenda for møtet');
    expect(shown.text).toContain('Kulturhuset i Vik');
    expect(shown.text).not.toContain('Rådhuset i Nes');
    expect(shown.text).toContain(n2.teamName);
    // Typed by hand, in lower case: the same.
    expect((await personal(t, n1, kari, `agenda ${n1.teamName.toLowerCase()}`)).text).toContain('Rådhuset i Nes');
    const fr = await personal(t, n1, kari, 'frister');
    const fb = actionsIn(fr.cards[0]).map((b) => b.value);
    expect(fb).toEqual([`frister ${n1.teamName}`, `frister ${n2.teamName}`]);
    expect((await personal(t, n1, kari, fb[1]!)).text).toContain('Søknad om skjønnsmidler');
    expect((await personal(t, n1, kari, fb[0]!)).text).not.toContain('Søknad om skjønnsmidler');
    // A name that is none of hers: she is asked again with her own networks.
    const wrong = await personal(t, n1, kari, 'agenda Nettverk Nord');
    expect(wrong.text).toContain('Nettverk Nord');
    expect(actionsIn(wrong.cards[0]).map((b) => b.value)).toEqual([`agenda ${n1.teamName}`, `agenda ${n2.teamName}`]);
  });

  it('a person in no network is told where to ask, and sees no network by naming it', async () => {
    const { t, nets } = await setup(1);
    const net = nets[0]!;
    await inChannel(t, net, kari, 'møtested Rådhuset i Nes');
    for (const line of ['agenda', `agenda ${net.teamName}`, 'frister', `frister ${net.teamName}`]) {
      const r = await personal(t, net, ola, line);
      expect(r.text).not.toContain('Rådhuset i Nes');
      expect(r.text).not.toContain('Agenda for møtet');
      expect(r.text).toContain('nettverkets kanal');
    }
    // Another tenant's network with the same name is not hers either.
    const other = networkFixture(t.connector.url, 1, '20000000-0000-4000-8000-000000000002');
    await t.post(botAddedToTeam(other, ola));
    const r = await personal(t, net, ola, `agenda ${net.teamName}`);
    expect(r.text).not.toContain('Rådhuset i Nes');
  });
});
