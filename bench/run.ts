// `npm run bench -- --json`: one JSON object per line, one per scenario.
// `npm run bench -- --only startup,retrieval` runs a subset.
import { fanoutBench } from './fanout.ts';
import { retrievalBench } from './retrieval.ts';
import { startupBench } from './startup.ts';
import { tabBench } from './tab.ts';

type Scenario = () => Promise<object>;

const scenarios: Record<string, Scenario> = {
  startup: () => startupBench(),
  retrieval: () => retrievalBench(),
  fanout: () => fanoutBench(),
  'fanout-kill': () => fanoutBench({ kill: true }),
  'fanout-kill-late': () => fanoutBench({ kill: true, killAt: 0.6 }),
  roundtrip: async () => (await import('./roundtrip.ts')).roundtripBench(),
  'meeting-long': async () => (await import('./meeting-long.ts')).meetingLongBench(),
  tab: () => tabBench(),
  'fanout-pg': async () => (await import('./fanout-pg.ts')).fanoutPgBench(),
  'fanout-pg-kill': async () => (await import('./fanout-pg.ts')).fanoutPgBench({ kill: true }),
  store: async () => (await import('./store.ts')).storeBench(),
};

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg
  ? (onlyArg.includes('=') ? onlyArg.split('=')[1]! : args[args.indexOf(onlyArg) + 1]!).split(',')
  : null;

let failed = false;
for (const [name, run] of Object.entries(scenarios)) {
  if (only && !only.includes(name)) continue;
  try {
    const result = await run();
    console.log(json ? JSON.stringify(result) : `${name}: ${JSON.stringify(result, null, 2)}`);
  } catch (err) {
    failed = true;
    console.log(JSON.stringify({ scenario: name, error: (err as Error).message }));
  }
}
process.exit(failed ? 1 : 0);
