// The real app with the process guard (as bot/main.ts installs it) plus two routes that fail the
// way a library bug would: a gunzip stream with no 'error' listener (what restify's body reader
// made for a bad gzip body) and a promise rejected with nobody waiting. GUARD=off leaves the
// guard out, to show the test would see the crash.
import { createServer } from 'node:http';
import { createGunzip } from 'node:zlib';
import { startApp } from '../../bot/compose.ts';
import { loadConfig } from '../../src/config/env.ts';
import { createLogger } from '../../src/log.ts';
import { installProcessGuard } from '../../src/server/guard.ts';

const config = loadConfig();
const log = createLogger(config.logLevel);
if (process.env.GUARD !== 'off') installProcessGuard(log);
const app = await startApp({ config, log, schedulerIntervalMs: 0 });

app.server.get('/test/unguarded-gunzip', async (_req, res) => {
  const gunzip = createGunzip();
  gunzip.end(Buffer.from('{}'));
  res.send(202, { started: true });
});
app.server.get('/test/unhandled-rejection', async (_req, res) => {
  void Promise.reject(new Error('nobody awaited this'));
  res.send(202, { started: true });
});
app.server.get('/test/programming-error', async (_req, res) => {
  setImmediate(() => {
    void (undefined as unknown as { x: number }).x;
  });
  res.send(202, { started: true });
});
app.server.get('/test/listen-in-use', async (_req, res) => {
  // A second listener on the port in use: its 'error' event (EADDRINUSE) has no listener.
  createServer().listen(app.port, '127.0.0.1');
  res.send(202, { started: true });
});
