import type { Server } from 'restify';
import type { Logger } from '../log.ts';

export function mountPlayground(server: Server, _opts: { log: Logger; publicUrl: () => string }): void {
  server.get('/playground', async (_req, res) => {
    res.sendRaw(200, '<!doctype html><title>Nettverksboten</title>', { 'Content-Type': 'text/html; charset=utf-8' });
  });
}
