import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAppPackage, validateManifest } from '../../manifest/package.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const CLI = join(ROOT, 'manifest', 'package.ts');
const APP_ID = '6f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b';
const BASE_URL = 'https://nettverksboten.kommune.no';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nettverksboten-manifest-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI on the project's Node 24 with only the variables given (no inherited MicrosoftAppId). */
function runCli(cwd: string, env: Record<string, string>, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function openZip(path: string) {
  return JSZip.loadAsync(readFileSync(path));
}

describe('buildAppPackage', () => {
  it('writes a zip with manifest.json, color.png and outline.png at the root, filled and valid', async () => {
    const out = tempDir();
    const { zipPath } = await buildAppPackage({ appId: APP_ID, publicBaseUrl: BASE_URL, outDir: out });
    expect(zipPath).toBe(join(out, 'nettverksboten.zip'));

    const zip = await openZip(zipPath);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(['nettverksboten.kommune.no']);
    expect(manifest.developer.privacyUrl).toBe(`${BASE_URL}/personvern`);
    expect(await validateManifest(manifest)).toEqual([]);

    for (const icon of ['color.png', 'outline.png']) {
      const bytes = await zip.file(icon)!.async('nodebuffer');
      expect(bytes.equals(readFileSync(join(ROOT, 'manifest', icon)))).toBe(true);
    }
  });
});

describe('npm run package (CLI)', () => {
  it('without MicrosoftAppId: exits 1 with a Norwegian message and an example, no stack trace', async () => {
    const cwd = tempDir();
    const run = await runCli(cwd, { PUBLIC_BASE_URL: BASE_URL });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Kan ikke lage app-pakken for Teams.');
    expect(run.stderr).toContain('Dette mangler:');
    expect(run.stderr).toMatch(/- MicrosoftAppId: app-ID-en/);
    // PUBLIC_BASE_URL is set, so it is not listed as missing.
    expect(run.stderr).not.toMatch(/- PUBLIC_BASE_URL/);
    expect(run.stderr).toContain('MicrosoftAppId=00000000-0000-0000-0000-000000000000');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toMatch(/Error\b/);
    expect(run.stdout).toBe('');
  });

  it('with nothing set lists both settings as missing', async () => {
    const run = await runCli(tempDir(), {});
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/- MicrosoftAppId:/);
    expect(run.stderr).toMatch(/- PUBLIC_BASE_URL:/);
  });

  it('reads a .env file in the working directory and writes the package where --out says', async () => {
    const cwd = tempDir();
    const out = join(cwd, 'ut');
    writeFileSync(join(cwd, '.env'), `MicrosoftAppId=${APP_ID}\nPUBLIC_BASE_URL="${BASE_URL}"\n`);
    const run = await runCli(cwd, {}, ['--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(join(out, 'nettverksboten.zip'));
    const manifest = JSON.parse(
      await (await openZip(join(out, 'nettverksboten.zip'))).file('manifest.json')!.async('string'),
    );
    expect(manifest.webApplicationInfo.id).toBe(APP_ID);
  });

  it('lets the environment win over .env', async () => {
    const cwd = tempDir();
    const other = '11111111-2222-4333-8444-555555555555';
    writeFileSync(join(cwd, '.env'), `MicrosoftAppId=${APP_ID}\nPUBLIC_BASE_URL=${BASE_URL}\n`);
    const run = await runCli(cwd, { MicrosoftAppId: other }, ['--out', cwd]);
    expect(run.code).toBe(0);
    const manifest = JSON.parse(
      await (await openZip(join(cwd, 'nettverksboten.zip'))).file('manifest.json')!.async('string'),
    );
    expect(manifest.id).toBe(other);
  });
});
