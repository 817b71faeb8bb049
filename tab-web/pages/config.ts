// The configuration page Teams shows when the tab is added to a channel (or a group chat): it
// asks the bot whether this team is a network, and only then lets the user save the tab.
import { pages } from '@microsoft/teams-js';
import type { ContextResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { apiFor, ApiError } from '../api.ts';
import { clear, h } from '../dom.ts';
import type { TeamsSession } from '../host.ts';
import { t } from '../i18n.ts';

export async function renderConfig(root: HTMLElement, session: TeamsSession): Promise<void> {
  const ctx = session.context;
  const status = h('p', { class: 'status', role: 'status' }, t.config.checking);
  const main = h('main', { class: 'card' }, h('h1', {}, t.config.title), status);
  clear(root, main);
  root.removeAttribute('aria-busy');
  // Teams keeps Lagre disabled until the page says otherwise; say so anyway, in case it changed.
  pages.config.setValidityState(false);

  const tenantId = ctx.user?.tenant?.id;
  const teamId = ctx.team?.internalId;
  const chatId = ctx.chat?.id;
  if (!tenantId || (!teamId && !chatId)) {
    status.replaceWith(h('p', { class: 'error', role: 'alert' }, t.config.noTeam));
    document.body.dataset.state = 'invalid';
    return;
  }
  const query = new URLSearchParams({ tenantId });
  if (teamId) query.set('teamId', teamId);
  if (ctx.channel?.id) query.set('channelId', ctx.channel.id);
  if (chatId && !teamId) query.set('chatId', chatId);

  let answer: ContextResponse;
  try {
    answer = await apiFor(session).get<ContextResponse>(`${tabApi.context}?${query}`);
  } catch (err) {
    status.replaceWith(
      h('p', { class: 'error', role: 'alert' }, err instanceof ApiError ? err.message : t.errors.generic),
    );
    document.body.dataset.state = 'invalid';
    return;
  }

  const network = answer.network;
  if (!network) {
    status.replaceWith(
      h(
        'section',
        { role: 'alert' },
        h('h2', {}, t.config.notNetworkTitle),
        h('p', {}, answer.howToAdd || t.config.notNetworkFallback),
      ),
    );
    document.body.dataset.state = 'invalid';
    return;
  }

  const contentUrl = new URL('/tab/overview', location.origin);
  contentUrl.searchParams.set('network', network.id);
  pages.config.registerOnSaveHandler((save) => {
    pages.config
      .setConfig({
        entityId: network.id,
        contentUrl: contentUrl.href,
        websiteUrl: contentUrl.href,
        suggestedDisplayName: t.config.displayName,
      })
      .then(
        () => save.notifySuccess(),
        (err: unknown) => save.notifyFailure(err instanceof Error ? err.message : String(err)),
      );
  });
  status.replaceWith(h('p', {}, t.config.ready(network.name)));
  if (answer.role) main.append(h('p', { class: 'muted' }, t.config.role[answer.role]));
  pages.config.setValidityState(true);
  document.body.dataset.state = 'valid';
}
