// The content pages of the channel tab, and the personal tab. One document: the links between
// pages change the view in place (history.pushState), so teams-js starts once per tab.
import { apiFor, ApiError, type Api } from '../api.ts';
import { clear, h } from '../dom.ts';
import type { TeamsSession } from '../host.ts';
import { t } from '../i18n.ts';
import { renderAsk } from './ask.ts';
import { renderDeadlines } from './deadlines.ts';
import { renderMe } from './me.ts';
import { renderMinutes } from './minutes.ts';
import { renderOverview } from './overview.ts';
import { renderProjects } from './projects.ts';
import { renderSettings } from './settings.ts';
import { renderTasks } from './tasks.ts';

const NETWORK_PAGES = ['overview', 'minutes', 'tasks', 'deadlines', 'projects', 'ask', 'settings'] as const;
export type ContentPage = (typeof NETWORK_PAGES)[number] | 'me';
export const isContentPage = (p: string): p is ContentPage =>
  p === 'me' || (NETWORK_PAGES as readonly string[]).includes(p);

export interface View {
  main: HTMLElement;
  api: Api;
  session: TeamsSession;
  /** The network this tab was configured for (empty on the personal tab). */
  networkId: string;
  params: URLSearchParams;
  /** Goes to another page of the tab, keeping the network. */
  go(page: ContentPage, extra?: Record<string, string>): void;
  href(page: ContentPage, extra?: Record<string, string>): string;
  /** Tells screen readers (and tests) what just happened. */
  announce(message: string): void;
  /** Shows an error in place of the page's content. */
  fail(err: unknown): void;
}

const RENDER: Record<ContentPage, (v: View) => Promise<void>> = {
  overview: renderOverview,
  minutes: renderMinutes,
  tasks: renderTasks,
  deadlines: renderDeadlines,
  projects: renderProjects,
  ask: renderAsk,
  settings: renderSettings,
  me: renderMe,
};

export async function contentPage(root: HTMLElement, session: TeamsSession, first: ContentPage): Promise<void> {
  const api = apiFor(session);
  // The saved entityId is the network; the contentUrl carries it too, for a page opened from a link.
  const networkId =
    session.context.page.id && session.context.page.id !== 'mine-oppgaver'
      ? session.context.page.id
      : (new URLSearchParams(location.search).get('network') ?? '');
  const live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', id: 'announce' });
  const nav = h('nav', { class: 'tabs', 'aria-label': t.nav.label });
  const main = h('main', { id: 'main', tabindex: '-1' });
  clear(root, first === 'me' ? null : nav, main, live);
  root.removeAttribute('aria-busy');

  const href = (page: ContentPage, extra: Record<string, string> = {}) => {
    const q = new URLSearchParams(page === 'me' ? extra : { network: networkId, ...extra });
    const s = q.toString();
    return `/tab/${page}${s ? `?${s}` : ''}`;
  };

  let current: ContentPage = first;
  let generation = 0;
  const show = async (page: ContentPage, focus: boolean) => {
    current = page;
    const mine = ++generation;
    document.body.dataset.page = page;
    document.title = t.nav[page];
    clear(
      nav,
      ...NETWORK_PAGES.map((p) =>
        h('a', { href: href(p), 'aria-current': p === page ? 'page' : null, 'data-page': p }, t.nav[p]),
      ),
    );
    clear(main, h('p', { class: 'status' }, t.loading));
    main.setAttribute('aria-busy', 'true');
    const view: View = {
      main,
      api,
      session,
      networkId,
      params: new URLSearchParams(location.search),
      go,
      href,
      announce: (message) => {
        live.textContent = '';
        live.textContent = message;
      },
      fail: (err) => {
        if (mine !== generation) return;
        clear(
          main,
          h('p', { class: 'error', role: 'alert' }, err instanceof ApiError ? err.message : t.errors.generic),
        );
        main.removeAttribute('aria-busy');
        document.body.dataset.state = 'error';
      },
    };
    if (page !== 'me' && !networkId) return view.fail(new ApiError(400, t.errors.noNetwork));
    try {
      await RENDER[page](view);
      if (mine !== generation) return;
      main.removeAttribute('aria-busy');
      document.body.dataset.state = 'ready';
      if (focus) main.focus();
      // When the first page with its data was on screen (the bench reads it): two frames after the render.
      if (mine === 1) requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('tab:painted')));
    } catch (err) {
      view.fail(err);
    }
  };
  function go(page: ContentPage, extra: Record<string, string> = {}) {
    history.pushState(null, '', href(page, extra));
    void show(page, true);
  }

  nav.addEventListener('click', (e) => {
    const a = (e.target as Element).closest('a[data-page]') as HTMLAnchorElement | null;
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    go(a.dataset.page as ContentPage);
  });
  // Links inside a page to another page of the tab (data-go, and data-meeting for one set of minutes).
  main.addEventListener('click', (e) => {
    const a = (e.target as Element).closest('a[data-go]') as HTMLAnchorElement | null;
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    go(a.dataset.go as ContentPage, a.dataset.meeting ? { meeting: a.dataset.meeting } : {});
  });
  window.addEventListener('popstate', () => {
    const page = location.pathname.replace(/^\/tab\//, '');
    void show(isContentPage(page) ? page : current, false);
  });
  await show(first, false);
}
