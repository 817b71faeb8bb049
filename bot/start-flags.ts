/**
 * The V8 flags `npm start` runs the server with (bot/launch.ts), chosen by measurement (BENCHMARKS.md,
 * startup): they keep RSS under the target. The startup bench reads them here so it measures exactly
 * what operators run.
 */
export const START_FLAGS = [
  '--max-semi-space-size=1',
  '--max-old-space-size=192',
  '--no-concurrent-recompilation',
  '--optimize-for-size',
];

/** The compiled server that `npm start` runs after its build step. */
export const START_ENTRY = 'dist/bot/main.js';
