import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCENT_COLOR } from '../../manifest/icons.ts';
import { AppPackageError, fillManifest, fillTemplate, readTemplate, validateManifest } from '../../manifest/package.ts';

const APP_ID = '6f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b';
const BASE_URL = 'https://nettverksboten.kommune.no';

type Json = Record<string, any>;

function newestBundledTeamsVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@microsoft/app-manifest');
  const versions = readdirSync(join(dirname(entry), 'json-schemas', 'teams'))
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1));
  versions.sort((a, b) => {
    const [am, an] = a.split('.').map(Number);
    const [bm, bn] = b.split('.').map(Number);
    return am - bm || an - bn;
  });
  return versions.at(-1)!;
}

async function filled(): Promise<Json> {
  return (await fillManifest({ appId: APP_ID, publicBaseUrl: BASE_URL })) as Json;
}

describe('manifest template', () => {
  it('is on the newest schema version the library bundles', async () => {
    const template = await readTemplate();
    const newest = newestBundledTeamsVersion();
    expect(template.manifestVersion).toBe(newest);
    expect(template.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`,
    );
  });

  it('filled with a sample app id validates against the bundled schema', async () => {
    expect(await validateManifest(await filled())).toEqual([]);
  });

  it('validates offline: an unreachable $schema address does not matter', async () => {
    const m = await filled();
    m.$schema = 'https://schema.invalid/teams/MicrosoftTeams.schema.json';
    expect(await validateManifest(m)).toEqual([]);
  });

  it('validation catches a broken manifest', async () => {
    const m = await filled();
    m.accentColor = 'blå';
    m.bots[0].commandLists[0].commands.push({ title: 'x'.repeat(129) });
    delete m.developer.privacyUrl;
    const errors = await validateManifest(m);
    expect(errors.some((e) => e.startsWith('/accentColor'))).toBe(true);
    expect(errors.some((e) => e.includes('/bots/0/commandLists/0/commands/10/title'))).toBe(true);
    expect(errors.some((e) => e.includes('privacyUrl'))).toBe(true);
  });

  it('puts the app id and the public domain where Teams looks for them', async () => {
    const m = await filled();
    expect(m.id).toBe(APP_ID);
    expect(m.bots[0].botId).toBe(APP_ID);
    expect(m.composeExtensions[0].botId).toBe(APP_ID);
    expect(m.webApplicationInfo.id).toBe(APP_ID);
    expect(m.validDomains).toEqual(['nettverksboten.kommune.no']);
    expect(m.developer.websiteUrl).toBe(BASE_URL);
    expect(m.developer.privacyUrl).toBe(`${BASE_URL}/personvern`);
    expect(m.developer.termsOfUseUrl).toBe(`${BASE_URL}/vilkar`);
    expect(JSON.stringify(m)).not.toContain('${{');
  });

  it('keeps a path in the base URL and drops a trailing slash; the domain is the bare host name', async () => {
    const m = (await fillManifest({ appId: APP_ID, publicBaseUrl: 'https://bot.kommune.no:8443/nb/' })) as Json;
    expect(m.developer.privacyUrl).toBe('https://bot.kommune.no:8443/nb/personvern');
    expect(m.validDomains).toEqual(['bot.kommune.no']);
  });

  it('is in bokmål with the names, colour and language Teams shows', async () => {
    const m = await filled();
    expect(m.localizationInfo).toEqual({ defaultLanguageTag: 'nb-NO' });
    expect(m.name.short).toBe('Nettverksboten');
    expect(m.description.full).toMatch(/læringsnettverk og barnevernsledernettverk/);
    expect(m.accentColor).toBe(ACCENT_COLOR);
    expect(m.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  it('has a bot for team, group chat and personal, without files', async () => {
    const bot = (await filled()).bots[0];
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.supportsFiles).toBe(false);
  });

  it('lists the commands per scope, at most ten each, with a description for every one', async () => {
    const lists: Json[] = (await filled()).bots[0].commandLists;
    const byScope = new Map(lists.map((l) => [l.scopes.join(','), l.commands as Json[]]));
    expect([...byScope.keys()].sort()).toEqual(['groupChat', 'personal', 'team']);
    const networkCommands = [
      'hjelp',
      'møteplan',
      'agenda',
      'start møte',
      'avslutt møte',
      'referat',
      'oppgaver',
      'mine oppgaver',
      'frister',
    ];
    for (const scope of ['team', 'groupChat']) {
      const titles = byScope.get(scope)!.map((c) => c.title);
      expect(titles).toEqual(expect.arrayContaining(networkCommands));
    }
    const personal = byScope.get('personal')!.map((c) => c.title);
    expect(personal).toEqual(expect.arrayContaining(['hjelp', 'mine oppgaver', 'frister', 'referat']));
    for (const commands of byScope.values()) {
      expect(commands.length).toBeLessThanOrEqual(10);
      for (const c of commands) expect(c.description?.length).toBeGreaterThan(10);
      // Every list offers a free-text question about the guidelines.
      expect(commands.some((c) => /Still et spørsmål/.test(c.description) && c.title.endsWith('?'))).toBe(true);
    }
  });

  it('asks for the RSC permissions that let meeting lines arrive without an @mention, and still validates', async () => {
    const m = await filled();
    expect(m.authorization.permissions.resourceSpecific).toEqual([
      { name: 'ChannelMessage.Read.Group', type: 'Application' },
      { name: 'ChatMessage.Read.Chat', type: 'Application' },
    ]);
    // RSC needs the app's Entra id in webApplicationInfo.
    expect(m.webApplicationInfo.id).toBe(APP_ID);
    expect(await validateManifest(m)).toEqual([]);
    const broken = await filled();
    broken.authorization.permissions.resourceSpecific.push({ name: 'ChannelMessage.Read.Group', type: 'Kanal' });
    expect(
      (await validateManifest(broken)).some((e) => e.includes('/authorization/permissions/resourceSpecific')),
    ).toBe(true);
  });

  it('has the guidelines search as a query message extension with one parameter', async () => {
    const ext = (await filled()).composeExtensions;
    expect(ext).toHaveLength(1);
    expect(ext[0].commands).toHaveLength(1);
    const cmd = ext[0].commands[0];
    expect(cmd).toMatchObject({ id: 'sokRetningslinjer', type: 'query', title: 'Søk i retningslinjene' });
    expect(cmd.parameters.map((p: Json) => p.name)).toEqual(['sporsmal']);
  });

  it('refuses a missing or malformed app id and a non-https base URL, naming both', async () => {
    const err = await fillManifest({ appId: 'ikke-en-guid', publicBaseUrl: 'http://nettverksboten.kommune.no' }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(AppPackageError);
    expect(err.problems).toHaveLength(2);
    expect(err.message).toMatch(/MicrosoftAppId må være en GUID/);
    expect(err.message).toMatch(/PUBLIC_BASE_URL må være en fullstendig https-adresse/);
  });

  it('refuses to leave a placeholder unfilled', () => {
    expect(() => fillTemplate({ a: ['${{KNOWN}}', 'x ${{UNKNOWN}}'] }, { KNOWN: 'k' })).toThrow(/UNKNOWN/);
    expect(fillTemplate({ a: ['${{KNOWN}}/sti'] }, { KNOWN: 'k' })).toEqual({ a: ['k/sti'] });
  });
});
