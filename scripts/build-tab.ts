// Builds the Teams tab's browser code (tab-web/) into one script and one stylesheet with esbuild.
// `npm run build` runs this file and writes dist/tab-web/; the server (src/tab/static.ts) reads
// what it wrote, and in dev and tests, where nothing was built, calls buildTab() itself in memory.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TAB_SOURCE = join(ROOT, 'tab-web');
/** Where `npm run build` puts the bundle; static.ts finds it next to the compiled server. */
export const TAB_OUT = join(ROOT, 'dist', 'tab-web');

export interface BuiltAsset {
  /** File name with its content hash, as the page links to it. */
  name: string;
  type: string;
  body: Buffer;
  gzip: Buffer;
}

export interface TabBuild {
  js: BuiltAsset;
  css: BuiltAsset;
  /** The page shell with {{...}} slots static.ts fills per route. */
  shell: string;
}

/**
 * teams-js fetches its list of valid host origins from Microsoft's CDN when it loads (and again
 * for an unknown origin). A tab must work where that CDN is blocked, and the list it falls back
 * to is bundled with it, so in this one module `fetch` is shadowed by one that fails at once:
 * the library's own catch then takes the bundled list. If a later teams-js no longer fetches
 * there, the build stops so someone looks again.
 */
const NO_CDN_FETCH = {
  name: 'teams-js-no-cdn',
  setup(build: {
    onLoad(o: { filter: RegExp }, cb: (a: { path: string }) => { contents: string; loader: 'js' }): void;
  }) {
    build.onLoad({ filter: /teams-js[\\/].*[\\/]internal[\\/]validOrigins\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (!source.includes('fetch('))
        throw new Error(
          `${path}: teams-js henter ikke lenger opprinnelseslista med fetch; se over NO_CDN_FETCH i scripts/build-tab.ts`,
        );
      return {
        contents: `const fetch = () => Promise.reject(new Error('no CDN: the bundled list is used'));\n${source}`,
        loader: 'js',
      };
    });
  },
};

const hashed = (base: string, ext: string, body: Buffer, type: string): BuiltAsset => {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { name: `${base}.${hash}.${ext}`, type, body, gzip: gzipSync(body, { level: 9 }) };
};

/** Bundles tab-web/main.ts (teams-js included) and tab-web/tab.css; nothing is written to disk. */
export async function buildTab(opts: { minify?: boolean } = {}): Promise<TabBuild> {
  // Compiled into dist/ this file no longer sits next to tab-web/; the bundle must then come from `npm run build`.
  if (!existsSync(join(TAB_SOURCE, 'main.ts')))
    throw new Error(`Fanen er ikke bygget og kildene finnes ikke i ${TAB_SOURCE}: kjør npm run build.`);
  const esbuild = await import('esbuild');
  const minify = opts.minify ?? true;
  const result = await esbuild.build({
    entryPoints: { tab: join(TAB_SOURCE, 'main.ts'), style: join(TAB_SOURCE, 'tab.css') },
    bundle: true,
    write: false,
    outdir: '/tab-out',
    format: 'esm',
    target: ['chrome120', 'edge120', 'safari16', 'firefox120'],
    platform: 'browser',
    minify,
    sourcemap: false,
    legalComments: 'none',
    // teams-js logs through `debug`, which reads process.env in a browser only when told to.
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(TAB_SOURCE, 'tsconfig.json'),
    plugins: [NO_CDN_FETCH as never],
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'));
  if (!js || !css) throw new Error('esbuild ga ikke både skript og stilark');
  return {
    js: hashed('tab', 'js', Buffer.from(js.contents), 'text/javascript; charset=utf-8'),
    css: hashed('tab', 'css', Buffer.from(css.contents), 'text/css; charset=utf-8'),
    shell: readFileSync(join(TAB_SOURCE, 'page.html'), 'utf8'),
  };
}

/** The file static.ts reads to find the built assets by name. */
export const MANIFEST = 'build.json';

export async function writeTab(outDir = TAB_OUT): Promise<TabBuild> {
  const built = await buildTab();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const a of [built.js, built.css]) {
    writeFileSync(join(outDir, a.name), a.body);
    writeFileSync(join(outDir, `${a.name}.gz`), a.gzip);
  }
  writeFileSync(join(outDir, 'page.html'), built.shell);
  writeFileSync(join(outDir, MANIFEST), JSON.stringify({ js: built.js.name, css: built.css.name }));
  return built;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await writeTab();
  console.log(
    `tab: ${built.js.name} ${(built.js.gzip.length / 1024).toFixed(1)} KB gz, ${built.css.name} ${(built.css.gzip.length / 1024).toFixed(1)} KB gz → ${TAB_OUT}`,
  );
}
