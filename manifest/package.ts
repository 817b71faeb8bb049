// Builds the Teams app package: `npm run package` → manifest/build/nettverksboten.zip (`-- --out <dir>` elsewhere).
// The template manifest.json holds ${{PLACEHOLDERS}}; this fills them from the environment (or .env),
// validates against the schema bundled in @microsoft/app-manifest (offline, never fetched) and zips
// manifest.json, color.png and outline.png at the root, which is what Teams accepts for upload.
import { packageText } from '../src/i18n/index.ts';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, parseEnv } from 'node:util';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { COLOR_SIZE, OUTLINE_SIZE } from './icons.ts';

const MANIFEST_DIR = import.meta.dirname;
const REPO_ROOT = dirname(MANIFEST_DIR);
export const DEFAULT_OUT_DIR = join(MANIFEST_DIR, 'build');
export const PACKAGE_FILE_NAME = 'nettverksboten.zip';

// The package is built by an operator at a terminal, so its messages are Norwegian like the rest of the tooling.
export { packageText };

/** A problem the operator can fix (missing or wrong settings, an invalid manifest); printed without a stack. */
export class AppPackageError extends Error {
  readonly problems: string[];
  constructor(heading: string, problems: string[], advice: string[] = []) {
    super([heading, ...problems.map((p) => `  - ${p}`), ...advice].join('\n'));
    this.name = 'AppPackageError';
    this.problems = problems;
  }
}

export interface AppPackageOptions {
  appId: string;
  publicBaseUrl: string;
  /** Where the zip goes; default manifest/build. */
  outDir?: string;
  /** App version; default the version in package.json (Teams wants it raised for every upload that changes the manifest). */
  version?: string;
  /**
   * The Entra app the tab's sign-in is for (webApplicationInfo.id and resource api://<domain>/<id>);
   * default the bot's app id. TAB_APP_ID in the environment.
   */
  tabAppId?: string;
}

export interface AppPackage {
  zipPath: string;
  manifest: Record<string, unknown>;
}

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

interface Target {
  appId: string;
  baseUrl: string;
  domain: string;
}

function checkTarget(appId: string, publicBaseUrl: string): Target {
  const problems: string[] = [];
  const id = appId.trim();
  if (!GUID.test(id)) problems.push(packageText.invalidAppId(appId));
  let url: URL | undefined;
  try {
    url = new URL(publicBaseUrl.trim());
  } catch {
    url = undefined;
  }
  // Teams loads only https content and the bot endpoint must be https, so an http address would give a broken app.
  if (!url || url.protocol !== 'https:' || url.search || url.hash) {
    problems.push(packageText.invalidBaseUrl(publicBaseUrl));
  }
  if (problems.length > 0 || !url) throw new AppPackageError(packageText.heading, problems);
  return { appId: id, baseUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, domain: url.hostname };
}

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Replaces `${{NAME}}` in every string of the template; refuses to leave one unfilled. */
export function fillTemplate(template: unknown, values: Record<string, string>): unknown {
  const unfilled = new Set<string>();
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (whole, name: string) => {
        const v = values[name];
        if (v === undefined) {
          unfilled.add(name);
          return whole;
        }
        return v;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)]));
    }
    return node;
  };
  const filled = fill(template);
  if (unfilled.size > 0) throw new AppPackageError(packageText.heading, [packageText.unfilled([...unfilled])]);
  return filled;
}

export async function readTemplate(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(MANIFEST_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** Loads the Teams schema for a manifest version from the copy bundled in @microsoft/app-manifest. */
export async function bundledSchema(manifestVersion: string): Promise<object> {
  const entry = createRequire(import.meta.url).resolve('@microsoft/app-manifest');
  const file = join(dirname(entry), 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) throw new AppPackageError(packageText.heading, [packageText.schemaMissing(manifestVersion)]);
  // Same clean-up the library applies to its own copies: some descriptions carry \a and \v, which JSON.parse rejects.
  const raw = (await readFile(file, 'utf8')).replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return JSON.parse(raw) as object;
}

/** Schema errors for a filled manifest; empty when valid. Passing the schema in keeps the library from fetching it. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const schema = await bundledSchema(String(manifest.manifestVersion));
  return AppManifestUtils.validateAgainstSchema(
    manifest as unknown as TeamsManifest,
    schema as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1],
  );
}

export async function fillManifest(
  opts: Pick<AppPackageOptions, 'appId' | 'publicBaseUrl' | 'version' | 'tabAppId'>,
): Promise<Record<string, unknown>> {
  const target = checkTarget(opts.appId, opts.publicBaseUrl);
  const tabAppId = opts.tabAppId?.trim() || target.appId;
  if (!GUID.test(tabAppId)) throw new AppPackageError(packageText.heading, [packageText.invalidTabAppId(tabAppId)]);
  return fillTemplate(await readTemplate(), {
    MICROSOFT_APP_ID: target.appId,
    TAB_APP_ID: tabAppId,
    PUBLIC_BASE_URL: target.baseUrl,
    PUBLIC_DOMAIN: target.domain,
    APP_VERSION: opts.version ?? appVersion(),
  }) as Record<string, unknown>;
}

async function readIcon(file: string, size: number): Promise<Buffer> {
  const bytes = await readFile(join(MANIFEST_DIR, file));
  const png = PNG.sync.read(bytes);
  if (png.width !== size || png.height !== size) {
    throw new AppPackageError(packageText.heading, [packageText.iconSize(file, size, `${png.width}×${png.height}`)]);
  }
  return bytes;
}

export async function buildAppPackage(opts: AppPackageOptions): Promise<AppPackage> {
  const manifest = await fillManifest(opts);
  const errors = await validateManifest(manifest);
  if (errors.length > 0) throw new AppPackageError(packageText.invalidManifest, errors);

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  zip.file('color.png', await readIcon('color.png', COLOR_SIZE));
  zip.file('outline.png', await readIcon('outline.png', OUTLINE_SIZE));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

  const outDir = resolve(opts.outDir ?? DEFAULT_OUT_DIR);
  await mkdir(outDir, { recursive: true });
  const zipPath = join(outDir, PACKAGE_FILE_NAME);
  await writeFile(zipPath, bytes);
  return { zipPath, manifest };
}

/** The settings the CLI needs: the process environment wins over a .env file in the working directory. */
export function packageSettings(
  env: NodeJS.ProcessEnv,
  cwd: string,
): { appId: string; publicBaseUrl: string; tabAppId?: string } {
  const envFile = join(cwd, '.env');
  const fromFile = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
  const pick = (name: string) => env[name]?.trim() || fromFile[name]?.trim() || '';
  const appId = pick('MicrosoftAppId');
  const publicBaseUrl = pick('PUBLIC_BASE_URL');
  const missing: string[] = [];
  if (!appId) missing.push(packageText.missingAppId);
  if (!publicBaseUrl) missing.push(packageText.missingBaseUrl);
  if (missing.length > 0) {
    throw new AppPackageError(`${packageText.heading}\n${packageText.missingHeading}`, missing, [
      packageText.howTo,
      `  ${packageText.example}`,
    ]);
  }
  const tabAppId = pick('TAB_APP_ID');
  return { appId, publicBaseUrl, ...(tabAppId ? { tabAppId } : {}) };
}

async function main(): Promise<number> {
  try {
    const { values } = parseArgs({ options: { out: { type: 'string' } } });
    const settings = packageSettings(process.env, process.cwd());
    const { zipPath } = await buildAppPackage({ ...settings, outDir: values.out });
    console.log(packageText.done(zipPath));
    console.log(packageText.upload);
    return 0;
  } catch (err) {
    // An operator-facing tool: say what is wrong, never dump a stack.
    if (err instanceof AppPackageError) console.error(err.message);
    else console.error(`${packageText.failed} ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

if (import.meta.main) {
  process.exitCode = await main();
}
