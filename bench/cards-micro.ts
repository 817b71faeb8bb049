// Card binding, per card: the `hjelp` card (200 in a round) through adaptivecards-templating, through
// the compiled template (cards/compile.ts) and through renderCard as it stands; then every card
// sample of test/support/card-samples through renderCard, with its cache of bound cards emptied
// before each sample ("cold") and kept ("warm"). CPU µs per card from process.cpuUsage, and bytes
// allocated per card from V8's sampling heap profiler (objects collected by either GC kept).
// Alternating rounds in one process. Run: node_modules/.bin/node --expose-gc bench/cards-micro.ts
import * as ACData from 'adaptivecards-templating';
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileTemplate } from '../cards/compile.ts';
import { helpCardData } from '../cards/help.ts';
import * as render from '../cards/render.ts';
import { coreFeature } from '../src/features/core.ts';
import { cardSamples } from '../test/support/card-samples/samples.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 4);
const HELP_CARDS = 200;
const template = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../cards/help.json'), 'utf8'));
const library = new ACData.Template(template);
const compiled = compileTemplate(template, 'help');
// A help card of 60 commands in 8 groups, as the bot's (the real list needs every feature's services).
const core = (coreFeature(() => []).commands ?? [])[0]!;
const specs = Array.from({ length: 60 }, (_, i) => ({
  ...core,
  id: `c${i}`,
  usage: `kommando${i} <tekst>`,
  example: `kommando${i} Møte med barnevernet torsdag kl. 10`,
  description: `Gjør ting nummer ${i} for nettverket, med en beskrivelse av passe lengde.`,
  group: `Gruppe ${i % 8}`,
}));
const helpData = helpCardData(specs);
const forget = (render as { forgetBoundCards?: () => void }).forgetBoundCards ?? (() => undefined);
const samples = Object.values(cardSamples);

const session = new Session();
session.connect();

interface Figure {
  us: number;
  bytes: number;
}

async function measure(cards: number, work: () => void): Promise<Figure> {
  (globalThis as { gc?: () => void }).gc?.();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const c0 = process.cpuUsage();
  work();
  const c = process.cpuUsage(c0);
  const { profile } = await session.post('HeapProfiler.stopSampling');
  let bytes = 0;
  const walk = (node: { selfSize: number; children: (typeof node)[] }): void => {
    bytes += node.selfSize;
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  return { us: (c.user + c.system) / cards, bytes: bytes / cards };
}

const mixCards = samples.reduce((n, s) => n + s().length, 0);
const modes: Record<string, () => Promise<Figure>> = {
  help_library: () =>
    measure(HELP_CARDS, () => {
      for (let i = 0; i < HELP_CARDS; i++) library.expand({ $root: helpData });
    }),
  help_compiled: () =>
    measure(HELP_CARDS, () => {
      for (let i = 0; i < HELP_CARDS; i++) compiled(helpData);
    }),
  help_renderCard_cold: () =>
    measure(HELP_CARDS, () => {
      for (let i = 0; i < HELP_CARDS; i++) {
        forget();
        render.renderCard('help', helpData);
      }
    }),
  help_renderCard_warm: () =>
    measure(HELP_CARDS, () => {
      for (let i = 0; i < HELP_CARDS; i++) render.renderCard('help', helpData);
    }),
  // The samples build their data too (the builders), so these include the builders' own cost.
  mix_renderCard_cold: () =>
    measure(mixCards * 5, () => {
      for (let r = 0; r < 5; r++)
        for (const s of samples) {
          forget();
          s();
        }
    }),
  mix_renderCard_warm: () =>
    measure(mixCards * 5, () => {
      for (let r = 0; r < 5; r++) for (const s of samples) s();
    }),
};

for (const run of Object.values(modes)) await run(); // warm-up
const results: Record<string, { us: string[]; kb: string[] }> = {};
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, run] of Object.entries(modes)) {
    const f = await run();
    const entry = (results[name] ??= { us: [], kb: [] });
    entry.us.push(f.us.toFixed(1));
    entry.kb.push((f.bytes / 1024).toFixed(1));
  }
}
session.disconnect();
console.log(
  JSON.stringify(
    {
      help_cards_per_round: HELP_CARDS,
      mix_cards_per_round: mixCards * 5,
      rounds: ROUNDS,
      cpus: cpus().length,
      load: loadavg().map((l) => l.toFixed(2)),
      us_per_card_and_kb_allocated_per_card: results,
    },
    null,
    1,
  ),
);
