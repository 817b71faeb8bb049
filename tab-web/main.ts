// The tab's entry: one script for every page. The server says which page this is (data-page);
// links between the content pages change the page without a reload, so teams-js starts once.
import { applyTheme, connect, followTheme, type TeamsSession } from './host.ts';
import { clear, h } from './dom.ts';
import { t } from './i18n.ts';
import { renderConfig } from './pages/config.ts';
import { contentPage, isContentPage } from './pages/content.ts';

function renderOutside(root: HTMLElement): void {
  applyTheme('default');
  const playground = document.body.dataset.playground === 'true';
  clear(
    root,
    h(
      'main',
      { class: 'outside' },
      h('h1', {}, t.outside.title),
      h('p', {}, t.outside.body),
      h('p', {}, h('a', { href: 'https://teams.microsoft.com/', target: '_top', rel: 'noopener' }, t.outside.link)),
      playground && h('p', {}, h('a', { href: '/playground', target: '_top' }, t.outside.playground)),
    ),
  );
  root.removeAttribute('aria-busy');
  performance.mark('tab:outside');
  document.body.dataset.state = 'outside';
}

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  performance.mark('tab:start');
  const session: TeamsSession | null = await connect();
  if (!session) return renderOutside(root);
  performance.mark('tab:connected');
  followTheme(session);
  const page = document.body.dataset.page ?? 'overview';
  if (page === 'config') await renderConfig(root, session);
  else await contentPage(root, session, isContentPage(page) ? page : 'overview');
}

void start();
