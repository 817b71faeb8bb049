import type { Logger } from '../src/log.ts';
import type { ShutdownReport } from './compose.ts';

/** Past the shutdown budget (8 s for sends, 9 s for requests) something hangs: end with an error. */
const HARD_STOP_MS = 15_000;

/**
 * SIGTERM and SIGINT stop the app gracefully. The exit code is the verdict a supervisor sees:
 * 0 when nothing was cut, 1 when sends or incoming activities had to be cut off (or the stop hung).
 */
export function exitOnSignals(app: { shutdown(): Promise<ShutdownReport> }, log: Logger): void {
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down');
      const hardStop = setTimeout(() => process.exit(1), HARD_STOP_MS);
      hardStop.unref();
      app.shutdown().then(
        (r) => {
          log.info({ ...r }, 'stopped');
          process.exit(r.orderly ? 0 : 1);
        },
        (err) => {
          log.error({ err: { message: (err as Error).message } }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
