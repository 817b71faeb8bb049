import type { Server } from 'restify';
import { pagesText as t } from '../i18n/index.ts';

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function page(title: string, paragraphs: readonly string[]): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}h1{color:#0c6378}</style></head>
<body><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</body></html>`;
}

/** The privacy and terms pages the Teams manifest links to. */
export function mountInfoPages(server: Server): void {
  const privacy = page(t.privacyTitle, t.privacy);
  const terms = page(t.termsTitle, t.terms);
  server.get('/personvern', async (_req, res) => {
    res.sendRaw(200, privacy, { 'Content-Type': 'text/html; charset=utf-8' });
  });
  server.get('/vilkar', async (_req, res) => {
    res.sendRaw(200, terms, { 'Content-Type': 'text/html; charset=utf-8' });
  });
}
