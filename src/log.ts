import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/**
 * JSON lines. Message text from users is personal data in this domain: log it only at debug,
 * and only through the `text` field so it is easy to audit.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'nettverksboten' },
      redact: { paths: ['text', '*.text', 'activity.text', 'req.headers.authorization'], remove: true },
    },
    destination,
  );
}
