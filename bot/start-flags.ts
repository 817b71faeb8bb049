/**
 * The V8 flags `npm start` runs the server with (bot/launch.ts), chosen by measurement (BENCHMARKS.md,
 * startup, and roundtrip «The guards once, what a deployment runs, and the flags»): the lowest RSS of
 * the sets tried, 155 MB after 10,000 concurrent messages. `--optimize-for-size` is the one that holds
 * memory down and costs CPU (without it about 25 % less CPU a message, 22-25 MB more). The startup and
 * roundtrip benches read them here so they measure exactly what operators run.
 */
export const START_FLAGS = [
  '--max-semi-space-size=1',
  '--max-old-space-size=192',
  '--no-concurrent-recompilation',
  '--optimize-for-size',
];

/** The compiled server that `npm start` runs after its build step. */
export const START_ENTRY = 'dist/bot/main.js';
