// Serves the Teams tab's pages and their two assets under /tab/…. After `npm run build` the
// bundle is read from dist/tab-web/ (scripts/build-tab.ts wrote it); when the server runs from
// the sources (dev, tests) nothing was built, so it is bundled in memory on the first request.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tabWebText as t } from '../i18n/tabweb.ts';

/** The pages a tab can open, by their path under /tab/. */
export const TAB_PAGES = [
  'config',
  'overview',
  'minutes',
  'tasks',
  'deadlines',
  'projects',
  'ask',
  'settings',
  'me',
] as const;
export type TabPage = (typeof TAB_PAGES)[number];

interface Asset {
  name: string;
  type: string;
  body: Buffer;
  gzip: Buffer;
}
interface Built {
  js: Asset;
  css: Asset;
  shell: string;
}

// Only what this file calls: src/ outside src/server does not import restify.
interface Req {
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, string | undefined>;
}
interface Res {
  sendRaw(status: number, body: string | Buffer, headers?: Record<string, string>): void;
}
export interface TabStaticServer {
  get(path: string, handler: (req: Req, res: Res) => Promise<void>): unknown;
}

/** Where Teams (and Outlook, Microsoft 365) frame a tab from, plus this server itself (the playground). */
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.live.com',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.microsoft365.com',
];
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

const BUILT_DIR = new URL('../../tab-web/', import.meta.url);

function readBuilt(): Built | null {
  const manifest = new URL('build.json', BUILT_DIR);
  if (!existsSync(manifest)) return null;
  const names = JSON.parse(readFileSync(manifest, 'utf8')) as { js: string; css: string };
  const asset = (name: string, type: string): Asset => {
    const body = readFileSync(new URL(name, BUILT_DIR));
    const gz = new URL(`${name}.gz`, BUILT_DIR);
    return { name, type, body, gzip: existsSync(gz) ? readFileSync(gz) : gzipSync(body) };
  };
  return {
    js: asset(names.js, 'text/javascript; charset=utf-8'),
    css: asset(names.css, 'text/css; charset=utf-8'),
    shell: readFileSync(new URL('page.html', BUILT_DIR), 'utf8'),
  };
}

let building: Promise<Built> | null = null;
/** The bundle, built once per process: from disk when `npm run build` made it, else with esbuild now. */
export function tabBundle(): Promise<Built> {
  building ??= (async () => {
    const built = readBuilt();
    if (built) return built;
    const { buildTab } = await import('../../scripts/build-tab.ts');
    return buildTab();
  })();
  building.catch(() => (building = null));
  return building;
}

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function pageHtml(built: Built, page: TabPage, playground: boolean): string {
  const slots: Record<string, string> = {
    title: t.titles[page],
    loading: t.loading,
    page,
    playground: String(playground),
    js: built.js.name,
    css: built.css.name,
  };
  return built.shell.replace(/\{\{(\w+)\}\}/g, (_, key: string) => escape(slots[key] ?? ''));
}

const acceptsGzip = (req: Req) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

export interface TabStaticOptions {
  /** Local mode: the "open in Teams" state also links to the playground. */
  playground: boolean;
  onError?: (err: unknown) => void;
}

export function mountTabStatic(server: TabStaticServer, opts: TabStaticOptions): void {
  const failed = (res: Res, err: unknown) => {
    opts.onError?.(err);
    res.sendRaw(500, t.buildFailed, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  };

  for (const page of TAB_PAGES) {
    server.get(`/tab/${page}`, async (_req, res) => {
      let built: Built;
      try {
        built = await tabBundle();
      } catch (err) {
        return failed(res, err);
      }
      res.sendRaw(200, pageHtml(built, page, opts.playground), {
        'Content-Type': 'text/html; charset=utf-8',
        // The page names its assets by content hash, so it alone must be asked for again each time.
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      });
    });
  }

  server.get('/tab/assets/:name', async (req, res) => {
    let built: Built;
    try {
      built = await tabBundle();
    } catch (err) {
      return failed(res, err);
    }
    const name = req.params?.name;
    const asset = [built.js, built.css].find((a) => a.name === name);
    if (!asset) {
      res.sendRaw(404, t.notFound, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      return;
    }
    const gzip = acceptsGzip(req);
    res.sendRaw(200, gzip ? asset.gzip : asset.body, {
      'Content-Type': asset.type,
      // The name changes with the content: a browser may keep it for good.
      'Cache-Control': 'public, max-age=31536000, immutable',
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
  });
}
