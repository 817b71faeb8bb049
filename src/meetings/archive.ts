import { z } from 'zod';
import { minutesArchiveCard, type ArchiveEntry } from '../../cards/minutes-archive.ts';
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { commandFamily, type ActionResult, type Feature } from '../commands/spec.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { archiveText as t } from '../i18n/archive.ts';
import type { Network } from '../networks/network.ts';
import { formatShort } from '../time/local-date.ts';
import { minutesLinks } from './minutes-links.ts';
import { buildMinutes, entrySchema, type Minutes } from './log.ts';
import type { MeetingRecord } from './repository.ts';
import { networkHere } from '../conversation/network.ts';
import { cardNetwork } from '../conversation/guards.ts';
import { shorten } from '../conversation/reach.ts';
import { clockTimeOf } from '../time/clock-time.ts';

/** All of a network's minutes is a few hundred meetings at most; the archive reads them whole. */
const ALL = 1000;
const LIST_MAX = 12;
const DECISIONS_PER_MEETING = 6;
const HITS_MAX = 20;
const LINE_MAX = 300;

/**
 * Folds text for search: case, accents and the ways Norwegian letters are typed without them
 * (å/aa, ø/oe, æ/ae) all become one form, so «forsoksordning» finds «Forsøksordningen».
 */
export function foldForSearch(s: string): string {
  return s
    .toLocaleLowerCase('nb')
    .replace(/æ/g, 'a')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/aa/g, 'a')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every word of the query occurs in the text, as a whole word or part of one, in any order. */
export function matchesQuery(textToSearch: string, query: string): boolean {
  const hay = ` ${foldForSearch(textToSearch)} `;
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => hay.includes(w));
}

const agendaOf = (m: MeetingRecord) =>
  z
    .array(z.object({ title: z.string() }))
    .catch([])
    .parse(m.agenda);

export async function minutesOfRecord(s: Services, m: MeetingRecord): Promise<Minutes> {
  const entries = (await s.store.meetings.entries(m.tenantId, m.networkId, m.id)).map((e) => entrySchema.parse(e));
  return buildMinutes(
    { id: m.id, date: m.date, title: m.title, agenda: agendaOf(m), timeZone: s.config.timezone },
    entries,
  );
}

const decisionsOf = (minutes: Minutes) => minutes.items.flatMap((i) => i.decisions);
const cut = (x: string) => shorten(x, LINE_MAX);

function clockTime(iso: string, timeZone: string): string {
  return clockTimeOf(new Date(iso), timeZone);
}

function entryFor(s: Services, m: MeetingRecord, lines: string[]): ArchiveEntry {
  const links = minutesLinks(s, m);
  return {
    meetingId: m.id,
    networkId: m.networkId,
    heading: t.heading(formatShort(m.date), clockTime(m.startedAt, s.config.timezone)),
    lines,
    docxUrl: links.docx,
    mdUrl: links.md,
  };
}

function decisionLines(decisions: string[]): string[] {
  if (!decisions.length) return [t.noDecisions];
  const shown = decisions.slice(0, DECISIONS_PER_MEETING).map((d) => `• ${cut(d)}`);
  return decisions.length > DECISIONS_PER_MEETING
    ? [...shown, t.moreDecisions(decisions.length - DECISIONS_PER_MEETING)]
    : shown;
}

/** The network's ended meetings on a date, earliest first. */
export async function endedOn(
  s: Services,
  network: Pick<Network, 'tenantId' | 'networkId'>,
  date: string,
): Promise<MeetingRecord[]> {
  return (await s.store.meetings.ended(network.tenantId, network.networkId, ALL))
    .filter((m) => m.date === date)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/**
 * `referat <dato>` when the network met more than once that day: a card to pick one, each with its
 * decisions and links. Null when there was at most one meeting, so the caller shows it as before.
 */
export async function minutesChoice(s: Services, network: Network, date: string): Promise<Reply[] | null> {
  const meetings = await endedOn(s, network, date);
  if (meetings.length < 2) return null;
  const entries = await Promise.all(
    meetings.map(async (m) => entryFor(s, m, decisionLines(decisionsOf(await minutesOfRecord(s, m))))),
  );
  return [card(minutesArchiveCard(t.chooseTitle(formatShort(date), meetings.length), entries))];
}

/** `referater`, `finn vedtak` and the button that opens one meeting's minutes from a list. */
export function archiveFeature(s: Services): Feature {
  async function list(ctx: RequestContext, args: string): Promise<Reply[]> {
    const network = networkHere(ctx);
    const typed = args.trim();
    if (typed && !/^\d{4}$/.test(typed))
      return [card(noticeCard({ title: t.badYear(typed), typed, example: 'referater 2026', tone: 'error' }))];
    const all = (await s.store.meetings.ended(network.tenantId, network.networkId, ALL)).filter(
      (m) => !typed || m.date.startsWith(typed),
    );
    if (!all.length) return [text(typed ? t.listYearEmpty(typed) : t.listEmpty)];
    const shown = all.slice(0, LIST_MAX);
    const entries = await Promise.all(
      shown.map(async (m) => entryFor(s, m, decisionLines(decisionsOf(await minutesOfRecord(s, m))))),
    );
    return [
      card(
        minutesArchiveCard(
          typed ? t.listYearTitle(typed) : t.listTitle,
          entries,
          all.length > shown.length ? t.listMore(shown.length, all.length) : '',
        ),
      ),
    ];
  }

  async function search(ctx: RequestContext, args: string): Promise<Reply[]> {
    const network = networkHere(ctx);
    const query = args
      .trim()
      .replace(/^[:«"']+|[»"']+$/g, '')
      .trim();
    if (!foldForSearch(query))
      return [card(noticeCard({ title: t.searchEmpty, example: t.commands.search.example, tone: 'error' }))];
    const meetings = await s.store.meetings.ended(network.tenantId, network.networkId, ALL);
    if (!meetings.length) return [text(t.searchNoMinutes)];
    const hits: { m: MeetingRecord; decisions: string[] }[] = [];
    let total = 0;
    for (const m of meetings) {
      const found = decisionsOf(await minutesOfRecord(s, m)).filter((d) => matchesQuery(d, query));
      if (!found.length) continue;
      total += found.length;
      if (hits.reduce((n, h) => n + h.decisions.length, 0) < HITS_MAX) hits.push({ m, decisions: found });
    }
    if (!total)
      return [card(noticeCard({ title: t.searchNone(query), example: t.commands.search.example, tone: 'info' }))];
    const shownCount = hits.reduce((n, h) => n + h.decisions.length, 0);
    const entries = hits.map((h) =>
      entryFor(
        s,
        h.m,
        h.decisions.map((d) => `• ${cut(d)}`),
      ),
    );
    return [
      card(
        minutesArchiveCard(
          t.searchTitle(query, total),
          entries,
          total > shownCount ? t.searchMore(shownCount, total) : '',
        ),
      ),
    ];
  }

  async function show(ctx: RequestContext, data: { meetingId: string; networkId: string }): Promise<ActionResult> {
    // A minutes card from another network reads as not found, the same as one that is gone.
    const network = cardNetwork(ctx, data.networkId);
    if (!network) return { kind: 'message', text: t.notFound };
    const m = await s.store.meetings.get(network.tenantId, network.networkId, data.meetingId);
    if (!m || m.status !== 'ended' || !s.minutesCardFor) return { kind: 'message', text: t.notFound };
    return { kind: 'card', card: await s.minutesCardFor(m) };
  }

  const cmd = commandFamily('archive', t, ['channel', 'groupChat']);
  return {
    name: 'archive',
    commands: [
      cmd('list', ['referater', 'referatene', 'alle referater'], list),
      cmd('search', ['finn vedtak', 'søk vedtak', 'finn vedtaket'], search),
    ],
    actions: [
      {
        verb: 'minutes.show',
        schema: z.object({ meetingId: z.string().min(1).max(20), networkId: z.string().min(1).max(300) }),
        run: show,
      },
    ],
  };
}
