// The privacy readings one at a time over every string of the card samples (what the outgoing guard
// walks) and a set of ordinary chat lines (what the input guard reads): CPU per string, in µs.
// `node_modules/.bin/node bench/privacy-strings.ts [rounds]`.
import { findCheckedNumbers } from '../src/privacy/checked-number.ts';
import { guard } from '../src/privacy/guard.ts';
import { findInContext } from '../src/privacy/in-context.ts';
import { shownReadings } from '../src/privacy/markup.ts';
import { findNationalIdsToRedact } from '../src/privacy/national-id.ts';
import { redactText } from '../src/privacy/redact.ts';
import { cardSamples } from '../test/support/card-samples/samples.ts';

const strings: string[] = [];
const collect = (v: unknown): void => {
  if (typeof v === 'string') strings.push(v);
  else if (Array.isArray(v)) v.forEach(collect);
  else if (v && typeof v === 'object') Object.values(v).forEach(collect);
};
collect(Object.values(cardSamples).flatMap((f) => f()));
const chat = [
  'agenda + Budsjett 2027: 12 500 kr',
  'Møte 1.1.2027 kl 10:00 i rom 3',
  'Reise 03.02.27 250,00 kr',
  'Ring meg på 912 34 567 eller 22 33 44 55',
  'Kontonummer 1503.42.12345',
  'oppgave @Eva lage notat innen 20.12',
  'Vi møtes 15. mai 2027 kl 10:15–11:45 på Rådhuset',
  'Født i 1985, bodde i Oslo til 2001',
  'Hei! Kan noen ta referat i dag?',
  'Utlegg 12.03.27 145,50 kr & taxi 230 kr',
  'Sak 2026/12345 gjelder ny avtale fra 01.02.2027',
  'Frist 30.11.2026 for rapport, se &nbsp; vedlegg',
  'fnr ikke oppgitt, bruk saksnummer 2027-00123',
  'Sum 150 585 kr per 15.01.2027',
  'Lunsj 12.03.27: 1450 kr',
];
const rounds = Number(process.argv[2] ?? 200);
const time = (name: string, set: string[], f: (s: string) => unknown) => {
  for (let r = 0; r < 20; r++) for (const s of set) f(s);
  const c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const s of set) f(s);
  const c = process.cpuUsage(c0);
  return [name, Math.round(((c.user + c.system) / (rounds * set.length)) * 1000) / 1000] as const;
};
const fns: [string, (s: string) => unknown][] = [
  ['redactText', redactText],
  ['guard', guard],
  ['findNationalIdsToRedact', (s) => findNationalIdsToRedact(s)],
  ['findCheckedNumbers', findCheckedNumbers],
  ['findInContext', findInContext],
  ['shownReadings', shownReadings],
];
console.log(
  JSON.stringify({
    scenario: 'privacy-strings',
    card_strings: strings.length,
    card_us: Object.fromEntries(fns.map(([n, f]) => time(n, strings, f))),
    chat_us: Object.fromEntries(fns.map(([n, f]) => time(n, chat, f))),
  }),
);
