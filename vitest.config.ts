import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Many tests start the real bot as a child process (bot/main.ts, the fan-out worker, fixtures), and each
// start compiled botbuilder, restify and the app afresh (~0.85 s; ~0.5 s with the cache). Node keeps
// the compiled code in this directory, checked against each file's content; the workers and every
// child process that inherits the environment use it.
process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), 'nettverksboten-compile-cache');

/**
 * Files that need a module graph of their own. The playground keeps state in its modules (its feed and
 * saved state) that one file's run leaves for the next; token-gate's stand-in OpenID relay chains
 * `res.writeHead(…).end()`, which breaks once restify (loaded by every other file) has patched
 * http.ServerResponse. compile-equivalence wraps cards/render.ts with `vi.mock`, which has no effect once
 * another file in the same graph has loaded render.ts.
 */
const ISOLATED = [
  'test/playground/**/*.test.ts',
  'test/auth/token-gate.test.ts',
  'test/cards/compile-equivalence.test.ts',
];

export default defineConfig({
  test: {
    // End-to-end tests start real servers and Chromium; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: ISOLATED,
          // One module graph per worker, not per file: nearly every file imports the whole app
          // (bot/compose.ts with botbuilder, restify, adaptive-expressions, the guidelines), and importing
          // it again for each of 330 files cost 262 s of a 931 s CI run. These tests share no module
          // state: each starts its own server, store, clock and connector emulator, and the one file
          // with fake timers restores real ones afterEach.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
