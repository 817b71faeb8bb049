import type { Logger } from '../log.ts';

/**
 * The last line of defence for errors no code path caught. An I/O or stream error (a zlib stream
 * fed bad bytes, a socket reset, a pipe closed early) concerns one request or connection and
 * leaves the process sound, so it is logged and the server keeps serving. A promise rejected
 * with nobody waiting is logged likewise (it interrupts no synchronous state). Any other thrown
 * error is a programming error whose effects are unknown: it is logged as fatal and the process
 * exits 1 so the supervisor restarts it cleanly, instead of serving in an unknown state.
 */
const STREAM_CODE =
  /^(Z_|ERR_STREAM_|ERR_HTTP_|ERR_ZLIB_|HPE_|ECONNRESET$|ECONNABORTED$|ECONNREFUSED$|EPIPE$|ETIMEDOUT$|EHOSTUNREACH$|ENETUNREACH$|EAI_AGAIN$|ERR_INVALID_CHUNK)/;

/** Errors of one stream or connection. Not EADDRINUSE and friends: a server that cannot listen must not look alive. */
export function isStreamError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const { code } = err as Error & { code?: unknown };
  return typeof code === 'string' && STREAM_CODE.test(code);
}

function describe(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const { code } = err as Error & { code?: unknown };
  return { name: err.name, message: err.message, ...(typeof code === 'string' ? { code } : {}), stack: err.stack };
}

let installedFor: Logger | null = null;

/** Installs the handlers once per process (bot/main.ts); later calls only switch the logger. */
export function installProcessGuard(log: Logger, exit: (code: number) => void = (code) => process.exit(code)): void {
  const first = installedFor === null;
  installedFor = log;
  if (!first) return;
  process.on('uncaughtException', (err, origin) => {
    if (isStreamError(err)) {
      installedFor!.error({ err: describe(err), origin }, 'unhandled stream error; still serving');
      return;
    }
    installedFor!.fatal({ err: describe(err), origin }, 'uncaught exception; exiting');
    exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    installedFor!.error({ err: describe(reason) }, 'unhandled promise rejection; still serving');
  });
}
