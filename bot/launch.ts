import { spawn } from 'node:child_process';
import { launchText } from '../src/i18n/launch.ts';
import { START_ENTRY, START_FLAGS } from './start-flags.ts';

/**
 * What `npm start` runs: the server as a child process with the memory flags, and every stop
 * signal passed on to it. npm runs a script through `sh -c`, and dash (Debian's sh) neither execs
 * the command nor passes signals on, so stopping npm by its PID used to leave the server running.
 * Here the launcher forwards SIGTERM/SIGINT/SIGHUP, notices when the shell above it is gone (its
 * parent changes), and exits with the server's own code.
 */
const entry = process.argv[2] ?? START_ENTRY;
const child = spawn(process.execPath, [...START_FLAGS, entry, ...process.argv.slice(3)], { stdio: 'inherit' });

let forwarded = false;
const stop = (signal: NodeJS.Signals) => {
  // The server stops gracefully on the first signal and ignores repeats; one is enough.
  if (forwarded || child.exitCode !== null || child.signalCode !== null) return;
  forwarded = true;
  child.kill(signal);
};
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const)
  process.on(signal, () => stop(signal === 'SIGHUP' ? 'SIGTERM' : signal));

// The shell npm started us under was killed (npm forwards its signal only to that shell): treat it as a stop.
const parent = process.ppid;
const watch = setInterval(() => {
  if (process.ppid !== parent) stop('SIGTERM');
}, 250);

child.on('exit', (code, signal) => {
  clearInterval(watch);
  if (signal) {
    // Ended by a signal it did not handle: end the same way, so the caller sees what happened.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
child.on('error', (err) => {
  clearInterval(watch);
  process.stderr.write(`${launchText.spawnFailed(err.message)}\n`);
  process.exit(1);
});
