// Issue #16: the tabs in the app package — a configurable tab for channels and group chats, the
// personal "Mine oppgaver", and the sign-in resource the tab's getAuthToken() asks Entra for.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppPackageError, fillManifest, validateManifest } from '../../manifest/package.ts';
import { tabResource } from '../../src/tab/mount.ts';

const APP_ID = '6f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b';
const TAB_APP_ID = '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d';
const BASE_URL = 'https://nettverksboten.kommune.no';
type Json = Record<string, any>;

describe('the tabs in the manifest', () => {
  it('has a configurable tab for team and group chat whose configuration page is served by the bot', async () => {
    const m = (await fillManifest({ appId: APP_ID, publicBaseUrl: `${BASE_URL}/` })) as Json;
    expect(m.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: `${BASE_URL}/tab/config`,
        canUpdateConfiguration: true,
        scopes: ['team', 'groupChat'],
      }),
    ]);
    expect(m.configurableTabs[0].context).toContain('channelTab');
  });

  it('has the personal tab «Mine oppgaver»', async () => {
    const m = (await fillManifest({ appId: APP_ID, publicBaseUrl: BASE_URL })) as Json;
    expect(m.staticTabs).toEqual([
      { entityId: 'mine-oppgaver', name: 'Mine oppgaver', contentUrl: `${BASE_URL}/tab/me`, scopes: ['personal'] },
    ]);
  });

  it('names the sign-in app and the resource api://<domain>/<app id>, the same the server checks tokens against', async () => {
    const m = (await fillManifest({ appId: APP_ID, publicBaseUrl: 'https://bot.kommune.no:8443/nb' })) as Json;
    expect(m.webApplicationInfo).toEqual({ id: APP_ID, resource: `api://bot.kommune.no/${APP_ID}` });
    expect(tabResource('https://bot.kommune.no:8443/nb', APP_ID)).toBe(m.webApplicationInfo.resource);
    expect(m.validDomains).toEqual(['bot.kommune.no']);
    const other = (await fillManifest({ appId: APP_ID, publicBaseUrl: BASE_URL, tabAppId: TAB_APP_ID })) as Json;
    expect(other.webApplicationInfo).toEqual({
      id: TAB_APP_ID,
      resource: `api://nettverksboten.kommune.no/${TAB_APP_ID}`,
    });
    expect(other.bots[0].botId).toBe(APP_ID);
  });

  it('still validates offline with the tabs, and refuses a TAB_APP_ID that is not a GUID', async () => {
    expect(
      await validateManifest(
        (await fillManifest({ appId: APP_ID, publicBaseUrl: BASE_URL, tabAppId: TAB_APP_ID })) as Json,
      ),
    ).toEqual([]);
    await expect(fillManifest({ appId: APP_ID, publicBaseUrl: BASE_URL, tabAppId: 'fanen' })).rejects.toThrow(
      AppPackageError,
    );
  });

  it('npm run package fills webApplicationInfo from TAB_APP_ID in the environment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nettverksboten-tab-manifest-'));
    try {
      const root = join(import.meta.dirname, '..', '..');
      writeFileSync(join(dir, '.env'), `MicrosoftAppId=${APP_ID}\nPUBLIC_BASE_URL=${BASE_URL}\n`);
      const run = spawnSync(
        join(root, 'node_modules', '.bin', 'node'),
        [join(root, 'manifest', 'package.ts'), '--out', dir],
        {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '', HOME: dir, TAB_APP_ID },
          encoding: 'utf8',
        },
      );
      expect(run.status, run.stderr).toBe(0);
      const zip = await JSZip.loadAsync(readFileSync(join(dir, 'nettverksboten.zip')));
      const m = JSON.parse(await zip.file('manifest.json')!.async('string'));
      expect(m.webApplicationInfo).toEqual({
        id: TAB_APP_ID,
        resource: `api://nettverksboten.kommune.no/${TAB_APP_ID}`,
      });
      expect(m.staticTabs[0].contentUrl).toBe(`${BASE_URL}/tab/me`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
