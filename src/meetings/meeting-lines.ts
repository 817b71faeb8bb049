import { noticeCard } from '../../cards/notice.ts';
import { DEADLINE_WINDOW_DAYS } from './agenda-view.ts';
import { taskListCard } from '../../cards/task.ts';
import { markLeftOwners } from '../tasks/departed-owner.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t, taskText } from '../i18n/index.ts';
import { guard } from '../privacy/guard.ts';
import { shorten } from '../conversation/reach.ts';
import { addExperience } from '../projects/experience.ts';
import { chooseProject } from '../projects/follow-up-projects.ts';
import { addDays, formatShort, localDateOf } from '../time/local-date.ts';
import { approvalItem } from './approve-minutes.ts';
import { stripEntryPunctuation } from './entry-parser.ts';
import { checkEntryTextKnowing } from './entry-check.ts';
import { readExperienceLine, splitExperienceLine } from './experience-line.ts';
import { currentItem, effectiveEntries, type Entry } from './log.ts';
import { correctionsUp } from './corrections-to-approve.ts';
import { approvalChain, minutesCardFor } from './minutes-view.ts';
import { readAttendanceLine } from './municipalities.ts';
import { agendaOf, appendEntry, entryBase, newEntryId, withMeeting } from './running-meeting.ts';

// Lines typed in the running meeting: moving through the agenda, attendance, notes and decisions.

/** Where «neste» / «punkt 4» goes from item `now` of an agenda of `count` items, or why it cannot. */
export function itemTarget(
  target: number | 'next' | string,
  now: number,
  count: number,
): { ok: true; to: number } | { ok: false; error: 'last-item' | 'no-such-item' } {
  const to = target === 'next' ? now + 1 : typeof target === 'number' ? target : NaN;
  if (target === 'next' && now >= count) return { ok: false, error: 'last-item' };
  if (!Number.isInteger(to) || to < 1 || to > count) return { ok: false, error: 'no-such-item' };
  return { ok: true, to };
}

/** `neste` / `punkt 4`: the meeting moves on; the approval and task items bring what they need. */
export async function moveTo(
  s: Services,
  ctx: RequestContext,
  target: number | 'next' | string,
  typed: string,
): Promise<Reply[]> {
  return withMeeting(s, ctx, typed, async (m, entries) => {
    const agenda = agendaOf(m);
    const where = itemTarget(target, currentItem(entries), agenda.length);
    if (!where.ok && where.error === 'last-item') return [text(t.lastItem)];
    const item = where.ok ? agenda[where.to - 1] : undefined;
    if (!where.ok || !item) {
      return [
        card(
          noticeCard({
            title: t.noSuchItem(String(target), agenda.length),
            message: t.noSuchItem(String(target), agenda.length),
            example: t.itemExample,
            tone: 'error',
          }),
        ),
      ];
    }
    const to = where.to;
    await appendEntry(s, m, { ...(await entryBase(s, ctx, entries, m)), kind: 'move', to });
    const replies: Reply[] = [text(t.item(to, item.title))];
    const network = networkHere(ctx);
    // The approval item shows the last minutes; only "Godkjenn referatet" or «godkjent» approves them.
    if (to === (await approvalItem(s, network, m))) {
      // Every minutes not approved yet, oldest first: one nobody dealt with stays up until approved (N22).
      const approved = new Set(
        effectiveEntries(entries).flatMap((e) => (e.kind === 'approval' && !e.correction ? [e.meetingId] : [])),
      );
      // At most CHAIN_SHOWN cards: the older ones are named by count and found in the tab (review 2, HIGH 3).
      const ended = await s.store.meetings.ended(m.tenantId, m.networkId, 200);
      const chain = approvalChain(ended, m);
      const up = chain.up.filter((x) => !approved.has(x.id));
      for (const x of up) replies.push(card(await minutesCardFor(s, x, { approve: true, ended })));
      const dates = up.map((x) => formatShort(x.date));
      const older = chain.older ? ` ${t.olderHint(chain.older)}` : '';
      if (dates.length === 1) replies.push(text(t.approveHint(dates[0]!) + older));
      else if (dates.length) replies.push(text(t.approveHintMany(t.dateList(dates)) + older));
      // A correction of approved minutes, put up on the agenda as «Rettelse i referat fra …», is named
      // with how to approve it (month round 8b, after N21).
      const fixed = await correctionsUp(s, m, entries, ended);
      if (fixed.length) replies.push(text(t.correctionHint(fixed.map((x) => formatShort(x.date)))));
    }
    if (/oppfølging av oppgaver/i.test(item.title)) {
      // An owner who left the team is named so (month s16 #2): the task needs a new owner, not a follow-up.
      const open = await markLeftOwners(
        s.store,
        network,
        await s.store.tasks.listOpen(network.tenantId, network.networkId),
      );
      const today = localDateOf(s.clock.now(), s.config.timezone);
      // With nothing open a card would say «Ingen åpne oppgaver» as title and body: one line is enough.
      replies.push(
        open.length
          ? card(taskListCard(open, { title: t.fillTasks(open.length), empty: t.fillTasks(0), today }))
          : text(t.noTasksToFollow),
      );
    }
    // Month s13 #7: the deadline item showed only its title; it lists what item 3 does for tasks.
    if (/frister og rapportering/i.test(item.title) && s.deadlinesCard) {
      const today = localDateOf(s.clock.now(), s.config.timezone);
      const list = await s.deadlinesCard(network.tenantId, network.networkId, addDays(today, DEADLINE_WINDOW_DAYS));
      replies.push(list ? card(list) : text(t.noDeadlinesToFollow(DEADLINE_WINDOW_DAYS)));
    }
    return replies;
  });
}

/** Names already marked with the other status in this meeting (moved by the new line), and names not marked yet. */
export function attendanceConflicts(
  entries: readonly Entry[],
  names: readonly string[],
  status: 'present' | 'absent',
): { conflicts: string[]; fresh: string[] } {
  const now = new Map<string, 'present' | 'absent'>();
  for (const e of effectiveEntries([...entries]))
    if (e.kind === 'attendance') now.set(e.municipality.toLocaleLowerCase('nb'), e.status);
  const key = (n: string) => n.toLocaleLowerCase('nb');
  return {
    conflicts: names.filter((n) => now.has(key(n)) && now.get(key(n)) !== status),
    fresh: names.filter((n) => !now.has(key(n))),
  };
}

/** `til stede Nes, Hurdal` / `forfall alle`: checked against the network's list; one line is one `angre`. */
export async function attendance(
  s: Services,
  ctx: RequestContext,
  args: string,
  status: 'present' | 'absent',
): Promise<Reply[]> {
  return withMeeting(s, ctx, '', async (m, entries) => {
    const example = status === 'present' ? t.commands.present.example : t.commands.absent.example;
    const refuse = (title: string, ex: string = example) => [card(noticeCard({ title, example: ex, tone: 'error' }))];
    const network = networkHere(ctx);
    const list = await s.store.meetings.municipalities(network.tenantId, network.networkId);
    const command = status === 'present' ? 'til stede' : 'forfall';
    const p = readAttendanceLine(args, list, status);
    if (!p.ok) {
      if (p.error === 'empty') return refuse(t.municipalitiesMissing);
      if (p.error === 'no-list-for-all') return refuse(t.noListForAll, t.commands.municipalities.example);
      return refuse(
        taskText.notListed(p.name ?? '', p.suggestion ?? null, list.join(', ')),
        `${command} ${p.suggestion ?? list[0]}`,
      );
    }
    for (const mark of p.marks) {
      const g = guard(`${mark.name} ${mark.note ?? ''}`);
      if (!g.ok) return [text(g.message)];
      if (mark.name.length > 100) return refuse(t.municipalitiesMissing);
    }
    // A name already marked the other way is moved: «til stede alle», then «forfall Ullensaker» is how
    // people say «alle unntatt Ullensaker» (round 8 N11); «angre» takes back only the move. One line may
    // mark both ways («… Gjerdrum har meldt forfall», month s15 #6): each status is checked on its own.
    const line = await newEntryId(s, m);
    const said: Reply[] = [];
    for (const st of ['present', 'absent'] as const) {
      const marked = p.marks.filter((x) => x.status === st);
      if (!marked.length) continue;
      const names = marked.map((x) => x.name);
      const { conflicts: moved, fresh } = attendanceConflicts(entries, names, st);
      // A late arrival's note is new even for a name already present: «Nannestad (kom 10:30)» after «alle».
      const noted = marked
        .filter((x) => x.note && !fresh.includes(x.name) && !moved.includes(x.name))
        .map((x) => x.name);
      for (const name of [...fresh, ...moved, ...noted]) {
        const note = marked.find((x) => x.name === name)?.note;
        await appendEntry(s, m, {
          ...(await entryBase(s, ctx, entries, m)),
          kind: 'attendance',
          municipality: name,
          status: st,
          line,
          ...(note ? { note } : {}),
        });
      }
      const shown = (n: string) => {
        const note = marked.find((x) => x.name === n)?.note;
        return note ? `${n} (${note})` : n;
      };
      if (fresh.length || noted.length)
        said.push(text(t.ackAttendance(st, [...fresh, ...noted].map(shown).join(', '))));
      if (moved.length)
        said.push(
          text(
            t.attendanceMoved(
              moved.join(', '),
              st === 'present' ? t.absent.toLowerCase() : t.present.toLowerCase(),
              st === 'present' ? t.present.toLowerCase() : t.absent.toLowerCase(),
            ),
          ),
        );
      const already = names.filter((n) => !fresh.includes(n) && !moved.includes(n) && !noted.includes(n));
      if (already.length) said.push(text(t.attendanceAlready(already.join(', '))));
    }
    // What was not recorded is named with the line to write for it (s15 #6: «De andre navnene … er ført»
    // read as if only an odd bit was dropped).
    const unknown = p.unknown.map((u) =>
      card(
        noticeCard({
          title: taskText.notListed(u.name, u.suggestion, list.join(', ')),
          message: t.attendanceNotKept(u.name, said.length > 0),
          example: `${command} ${u.suggestion ?? list[0]}`,
          tone: 'info',
        }),
      ),
    );
    // Attendance is the meeting's, whatever item is current: the minutes list it apart from the items.
    return [...said, ...unknown];
  });
}

/** What a confirmation repeats of a stored line: enough to recognise it, cut at the one helper. */
export const ackText = (stored: string): string =>
  `«${shorten(stored.replace(/\s+/gu, ' ').trim(), 80, { atWord: true })}»`;

/** `info: …` / `vedtak: …` under the current item. */
export async function plainEntry(
  s: Services,
  ctx: RequestContext,
  raw: string,
  kind: 'note' | 'decision',
  typed: string,
): Promise<Reply[]> {
  // "vedtak - …", "info – …", "vedtak — …": the dash after the entry word is punctuation, not part of the text.
  const args = stripEntryPunctuation(raw);
  return withMeeting(s, ctx, typed, async (m, entries) => {
    if (!args.trim())
      return [text(t.emptyEntry(kind === 'note' ? t.commands.note.example : t.commands.decision.example))];
    // «info: 🎉» (s12 #9): a line with no letters or digits says nothing the minutes can keep; asked as chat is.
    if (!/[\p{L}\p{N}]/u.test(args))
      return [
        card(
          noticeCard({
            title: t.remarkTitle,
            message: t.noWords,
            example: t.commands.note.example,
            typed,
            tone: 'info',
          }),
        ),
      ];
    const c = await checkEntryTextKnowing(s, ctx, args);
    if (!c.ok) return c.reply;
    await appendEntry(s, m, { ...(await entryBase(s, ctx, entries, m)), kind, text: c.text });
    // The text stored is shown back (month s15 #2): the leader sees what went into the minutes.
    return [text(t.ackLine(kind === 'note' ? t.ack.note : t.ack.decision, currentItem(entries), ackText(c.text)))];
  });
}

/**
 * A line of the experience log («gjort: startet teamet. lært: det tar tid»): with a project each part
 * goes to its log as `erfaring` does (and into the minutes when typed in the meeting); without one each
 * part is a note under the current item. Anything else is an ordinary note.
 */
export async function noteOrExperience(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const typedAsNote = /^(info|notat)(?![\p{L}])/iu.test(ctx.text.trim());
  const parts = !typedAsNote && readExperienceLine(args) ? splitExperienceLine(args) : [];
  if (!parts.length) return plainEntry(s, ctx, args, 'note', ctx.text);
  const network = ctx.scope.network;
  const project = network ? await chooseProject(s, network, null) : null;
  if (project && !(!project.ok && project.problem === 'none')) {
    const replies: Reply[] = [];
    for (const p of parts) replies.push(...(await addExperience(s, ctx, `${p.kind}: ${p.text}`)));
    const texts = replies.flatMap((r) => (r.kind === 'text' ? [r.text] : []));
    return [...(texts.length ? [text(texts.join('\n\n'))] : []), ...replies.filter((r) => r.kind !== 'text')];
  }
  return withMeeting(s, ctx, ctx.text, async (m, entries) => {
    const notes: string[] = [];
    for (const p of parts) {
      const c = await checkEntryTextKnowing(
        s,
        ctx,
        `${p.kind.charAt(0).toLocaleUpperCase('nb')}${p.kind.slice(1)}: ${p.text}`,
      );
      if (!c.ok) return c.reply;
      notes.push(c.text);
    }
    for (const note of notes)
      await appendEntry(s, m, { ...(await entryBase(s, ctx, entries, m)), kind: 'note', text: note });
    return [text(t.ackLine(t.ack.note, currentItem(entries), parts.map((p) => p.kind).join(', ')))];
  });
}
