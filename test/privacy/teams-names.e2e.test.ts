import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { validNationalId } from '../support/national-id.ts';
import { channelMessage, networkFixture, person, type NetworkFixture } from '../support/teams.ts';
import { startTabApp, type TabApp } from '../tab/api-support.ts';

// Names come from Teams, not from what a member types: a person's display name, a mention's name,
// the team's name. People and guests name themselves, so a name can carry an identity number. It
// must not be stored, and no answer over HTTP (tab API, its errors, restify's own) may carry one.

const fnr = validNationalId('010190', '123');
const dnr = validNationalId('410190', '123');
const MARK = '[fødselsnummer fjernet]';
const kari = person(`Kari ${fnr} Nordmann`, 1);
const eva = person('Eva', 7);

let app: TabApp;
let net: NetworkFixture;
beforeAll(async () => {
  app = await startTabApp();
  net = { ...networkFixture(app.t.connector.url, 1), teamName: `Barnevern ${dnr}` };
  app.members(net, [kari, eva]);
  await app.install(net, kari);
});
afterAll(async () => {
  await app?.close();
});

const dbBytes = () =>
  ['test.db', 'test.db-wal']
    .map((f) => join(app.t.dir, f))
    .filter(existsSync)
    .map((f) => readFileSync(f).toString('latin1'))
    .join('');

describe('identity numbers in names Teams hands the bot', () => {
  it('a team name, a sender name and a mention name are kept with the number masked', async () => {
    const msg = channelMessage(net, kari, 'oppgave @Eva lage notat innen 20.12', { mentions: [eva] });
    // Teams writes the mention's tag with the short name it shows, and the full display name in the entity.
    (msg.entities as any[])[1].mentioned.name = `Eva ${fnr} Hansen`;
    const res = await app.t.post(msg);
    expect(res.status).toBe(200);
    const tasks = await app.t.app.services.store.tasks.listAll(net.tenantId, net.teamId);
    expect(tasks).toHaveLength(1);
    expect(JSON.stringify(tasks)).not.toContain(fnr);
    expect(JSON.stringify(tasks)).toContain(MARK);
    const network = await app.t.app.services.store.networks.get(net.tenantId, net.teamId);
    expect(network?.name).toBe(`Barnevern ${MARK}`);
    // Nowhere in the database file, in any form the bot wrote it.
    const bytes = dbBytes();
    for (const n of [fnr, dnr]) expect(bytes.includes(n)).toBe(false);
    // The tab's board shows the masked owner.
    const board = await app.api(tabApi.tasks(net.teamId), { token: await app.token(kari) });
    expect(board.status).toBe(200);
    expect(JSON.stringify(board.body)).not.toContain(fnr);
  });

  it('an id typed into a tab URL is not echoed with the number in the error, nor by restify’s 404', async () => {
    const token = await app.token(kari);
    for (const spelled of [fnr, `${fnr.slice(0, 6)}%20${fnr.slice(6)}`, dnr]) {
      const res = await app.api(`${tabApi.tasks(net.teamId)}/${spelled}`, {
        token,
        method: 'POST',
        body: { action: 'done' },
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(fnr.slice(6));
      expect(text).toContain(MARK);
    }
    const raw = await app.api(`/tab/${fnr}`);
    expect(raw.status).toBe(404);
    expect(JSON.stringify(raw.body)).not.toContain(fnr);
  });

  it('restify’s 404 names no path, so a number spelt in percent-encoding does not come back', async () => {
    const fullWidth = [...fnr].map((d) => encodeURIComponent(String.fromCodePoint(0xff10 + Number(d)))).join('');
    for (const spelled of [
      `${fnr.slice(0, 6)}%20${fnr.slice(6)}`,
      `${fnr.slice(0, 10)}%E2%80%8B${fnr.slice(10)}`,
      `${fnr.slice(0, 6)}%0A${fnr.slice(6)}`,
      fullWidth,
    ]) {
      const res = await app.api(`/x/${spelled}`);
      expect(res.status, spelled).toBe(404);
      const text = JSON.stringify(res.body);
      expect(text, spelled).not.toContain(spelled);
      expect(text, spelled).not.toContain(fnr.slice(6));
      expect(text, spelled).toContain('finnes ikke');
    }
  });
});
