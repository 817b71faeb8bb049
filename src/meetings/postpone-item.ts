import type { Services } from '../app/services.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingDayText as d } from '../i18n/meeting-day.ts';
import type { Network } from '../networks/network.ts';
import { formatShort, type LocalDate } from '../time/local-date.ts';
import { currentItem, effectiveEntries } from './log.ts';
import { upcoming } from './planning.ts';
import { agendaOf, appendEntry, entryBase, readLog, withMeeting } from './running-meeting.ts';

// «utsett punkt 6 til neste møte» in the running meeting (month s16 #5): the item is marked postponed in the
// minutes and put on the next meeting's agenda, read from the log, so «angre» or «rett referat» undoes both.

const NEXT = String.raw`(?:\s+til\s+neste\s+(?:møte|møtet|gang))?`;
const ITEM = String.raw`punkt(?:et)?(?:\s*(?:nr\.?\s*)?(\d{1,2})\.?)?`;
const FORMS = [
  // «utsett punkt 6 til neste møte», «utsett punktet», «flytt punkt 6 til neste møte» (flytt needs «til neste»).
  new RegExp(String.raw`^(?:utsett|utsetter\s+vi|vi\s+utsetter)\s+${ITEM}${NEXT}$`, 'iu'),
  new RegExp(String.raw`^(?:flytt|flytter\s+vi|vi\s+flytter)\s+${ITEM}\s+til\s+neste\s+(?:møte|møtet|gang)$`, 'iu'),
  // «punkt 6 utsettes», «punkt 6 er utsatt til neste møte», «punktet flyttes til neste møte».
  new RegExp(String.raw`^${ITEM}\s+(?:utsettes|blir\s+utsatt|er\s+utsatt)${NEXT}$`, 'iu'),
  new RegExp(String.raw`^${ITEM}\s+(?:flyttes|blir\s+flyttet)\s+til\s+neste\s+(?:møte|møtet|gang)$`, 'iu'),
];

/** The item a postponing line names (a number, or the one the meeting is on), or null for anything else. */
export function readPostpone(typed: string): { item: number | 'current' } | null {
  const line = typed
    .trim()
    .replace(/^@?nettverksboten\s+/iu, '')
    .replace(/[.!]+$/u, '')
    .replace(/\s+/gu, ' ');
  for (const form of FORMS) {
    const m = form.exec(line);
    if (m) return { item: m[1] ? Number(m[1]) : 'current' };
  }
  return null;
}

/** «… (utsatt fra 26.02.2027)» at the end of a title carried before: carried again, it is marked once. */
const CARRIED_MARK = /\s*\(utsatt fra [\d.]+\)$/u;

/**
 * Postponed items for the next meeting: a standing item the next agenda has anyway is marked there (its
 * detail); any other (an accepted proposal) is put on it again, before «Eventuelt», as a proposal is.
 */
export function carriedInto(
  carried: readonly { title: string; from: LocalDate }[],
  standing: readonly { title: string }[],
): { extra: string[]; marked: Map<string, string> } {
  const titles = new Set(standing.map((i) => i.title));
  const marked = new Map<string, string>();
  const extra: string[] = [];
  for (const c of carried)
    if (titles.has(c.title)) marked.set(c.title, d.carriedDetail(formatShort(c.from)));
    else extra.push(d.carried(c.title, formatShort(c.from)));
  return { extra, marked };
}

/** The line in the running meeting: the item is postponed, once. */
export async function postponeItem(s: Services, ctx: RequestContext, item: number | 'current'): Promise<Reply[]> {
  return withMeeting(s, ctx, '', async (m, entries) => {
    const agenda = agendaOf(m);
    const n = item === 'current' ? currentItem(entries) : item;
    const target = agenda[n - 1];
    if (!target) return [text(d.noSuchItem(String(n), agenda.length))];
    if (effectiveEntries(entries).some((e) => e.kind === 'postpone' && e.postponed === n))
      return [text(d.alreadyPostponed(n))];
    await appendEntry(s, m, { ...(await entryBase(s, ctx, entries, m)), kind: 'postpone', postponed: n });
    const network = ctx.scope.network;
    const next = network
      ? (await upcoming(s, network, 2)).find((o) => o.date > m.date && o.status === 'planned')
      : undefined;
    return [text(d.postponed(n, target.title, next ? formatShort(next.date) : null))];
  });
}

/**
 * The items the last meeting before `date` postponed, as that meeting's log has them now. Only the one
 * before: an item postponed again is carried on by that meeting's own line.
 */
export async function postponedInto(
  s: Pick<Services, 'store' | 'clock' | 'config'>,
  network: Network,
  date: LocalDate,
): Promise<{ title: string; from: LocalDate }[]> {
  const before = (await s.store.meetings.ended(network.tenantId, network.networkId, 20))
    .filter((m) => m.date < date)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
  if (!before) return [];
  const agenda = agendaOf(before);
  return effectiveEntries(await readLog(s, before)).flatMap((e) =>
    e.kind === 'postpone' && agenda[e.postponed - 1]
      ? [{ title: agenda[e.postponed - 1]!.title.replace(CARRIED_MARK, ''), from: before.date }]
      : [],
  );
}
