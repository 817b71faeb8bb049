import { TeamsInfo, type CloudAdapter, type TurnContext } from 'botbuilder';
import type { Network, Person } from '../src/networks/network.ts';
import type { Roster, RosterMember } from '../src/tab/roster.ts';
import { teamsName, toBotbuilderRef } from './activity.ts';
import { withOwnRetries } from './adapter.ts';

const MAX_MEMBERS = 2000;

/** The tab's Roster port on top of the connector: GET /v3/conversations/{id}/members[/{aadObjectId}]. */
export class TeamsRoster implements Roster {
  #adapter: CloudAdapter;
  #appId: string;

  constructor(adapter: CloudAdapter, appId: string | undefined) {
    this.#adapter = adapter;
    this.#appId = appId ?? '';
  }

  async member(network: Network, aadObjectId: string): Promise<RosterMember | null> {
    return this.#run(network, async (tc) => {
      try {
        const m = await TeamsInfo.getMember(tc, aadObjectId);
        return {
          id: m.id,
          aadObjectId: m.aadObjectId ?? aadObjectId,
          name: teamsName(m.name),
          ...(m.userRole ? { userRole: m.userRole } : {}),
          ...(m.tenantId ? { tenantId: m.tenantId } : {}),
        };
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode;
        if (status === 404 || status === 403) return null;
        throw err;
      }
    });
  }

  async members(network: Network): Promise<Person[]> {
    return this.#run(network, async (tc) => {
      const out: Person[] = [];
      let token: string | undefined;
      do {
        const page = await TeamsInfo.getPagedMembers(tc, 500, token);
        for (const m of page.members ?? []) out.push({ id: m.id, aadObjectId: m.aadObjectId, name: teamsName(m.name) });
        token = page.continuationToken;
      } while (token && out.length < MAX_MEMBERS);
      return out;
    });
  }

  /** Runs in a proactive turn and hands back its result or its error (the adapter would swallow it). */
  async #run<T>(network: Network, logic: (tc: TurnContext) => Promise<T>): Promise<T> {
    let result: { ok: true; value: T } | { ok: false; err: unknown } | null = null;
    // The conversation itself (the channel or chat), so TeamsInfo asks for its members, not a thread's.
    const ref = toBotbuilderRef({
      ...network.conversation,
      conversationId: network.conversation.conversationId.split(';')[0]!,
    });
    // No hidden retries: a person waits on the tab, and a failed look-up is answered 503 to try again.
    await withOwnRetries(() =>
      this.#adapter.continueConversationAsync(this.#appId, ref, async (tc) => {
        try {
          result = { ok: true, value: await logic(tc) };
        } catch (err) {
          result = { ok: false, err };
        }
      }),
    );
    const r = result as { ok: true; value: T } | { ok: false; err: unknown } | null;
    if (!r) throw new Error('roster: no turn ran');
    if (!r.ok) throw r.err;
    return r.value;
  }
}
