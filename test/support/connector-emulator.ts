import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConnectorEmulator, type ConnectorEmulator } from '../../src/dev/connector/emulator.ts';

/** The Bot Connector emulator on a loopback port: the bot's serviceUrl in end-to-end tests. */
export async function startConnectorEmulator(): Promise<{
  url: string;
  emulator: ConnectorEmulator;
  close(): Promise<void>;
}> {
  const emulator = createConnectorEmulator();
  const server = createServer((req, res) => {
    emulator.handle(req, res).then(
      (handled) => {
        if (!handled) {
          res.writeHead(404);
          res.end();
        }
      },
      () => {
        res.writeHead(500);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    emulator,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
