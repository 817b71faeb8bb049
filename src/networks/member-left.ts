import { forgetNotOnRoster } from '../conversation/membership.ts';
import { leaderMentions, mentionLine, mentionsOf, sendPrivately, shorten } from '../conversation/reach.ts';
import { leaverTasksText as lt, memberLeftText as t, welcomeText } from '../i18n/index.ts';
import { meetingDayText } from '../i18n/meeting-day.ts';
import type { Logger } from '../log.ts';
import type { Messenger } from '../messaging/messenger.ts';
import type { Store } from '../store/store.ts';
import { redactText } from '../privacy/redact.ts';
import type { Roster } from '../tab/roster.ts';
import type { Clock } from '../time/clock.ts';
import { noteJoined, noteLeft } from '../tab/departures.ts';
import { clockTimeOf } from '../time/clock-time.ts';
import { formatLong, formatShort, localDateOf } from '../time/local-date.ts';
import type { Services } from '../app/services.ts';
import { nextMeetingDate } from '../meetings/planning.ts';
import type { Task } from '../tasks/task.ts';
import { hasLeft, noteDeparted, noteRejoined } from './departed.ts';
import { forgetKnownNames } from './known-names.ts';
import { leaderName } from './roles.ts';

/** What a join or a leave needs; the roster only names who joined. */
type TeamEventDeps = { store: Store; messenger: Messenger; log: Logger; clock: Clock; roster?: Roster };
/** Teams names a person by their channel id, their Entra object id, or both. */
type Who = { id?: string; aadObjectId?: string };

/**
 * Someone left the team (Teams: conversationUpdate, membersRemoved). Whatever role they had goes,
 * so the leader list, refusals, escalations and @mentions stop naming them. A leader's leaving is
 * said in the channel: to the remaining leaders by @mention, or, when none remain, to everyone,
 * with how to name a new one. A member's leaving is announced only when they owned open tasks (N21):
 * the leaders, or the channel when none is left, are told which tasks need a new owner and how to give
 * one. Said once: a leaving Teams delivers again finds the person already noted as gone.
 */
export async function memberLeftTeam(s: TeamEventDeps, tenantId: string, networkId: string, who: Who): Promise<void> {
  // The tab refuses them from now on, without waiting for its cached roster answer to go stale.
  noteLeft(s.store, tenantId, networkId, who);
  // The child check asks Teams' roster again instead of its kept answer (review 1, M1).
  forgetKnownNames(s.store, tenantId, networkId);
  const network = await s.store.networks.get(tenantId, networkId);
  if (!network) return;
  const again = await hasLeft(s.store, tenantId, networkId, who);
  // Cards and commands from them are refused from now on (N17), until they join again.
  await noteDeparted(s.store, tenantId, networkId, who, s.clock.now());
  const before = await s.store.people.listRole(tenantId, networkId, 'leader');
  const same = (p: { id?: string; aadObjectId?: string }) =>
    (!!who.id && p.id === who.id) || (!!who.aadObjectId && p.aadObjectId === who.aadObjectId);
  const leader = before.find(same);
  await s.store.people.removeRole(tenantId, networkId, who);
  if (again) return;
  const tasks = (await s.store.tasks.listOpenForPerson(tenantId, who)).filter((x) => x.networkId === networkId);
  if (!leader && !tasks.length) return;
  const { leaders, mentions } = await leaderMentions(s.store, network);
  const name = leader?.name ?? ownerName(tasks[0]!, same);
  s.log.info({ tenantId, networkId, leadersLeft: leaders.length, openTasks: tasks.length }, 'member left the team');
  const parts: string[] = [];
  if (leader && leaders.length) parts.push(t.leaderLeft(mentionLine(mentions), name, leaders.map(leaderName)));
  else if (leader) parts.push(t.lastLeaderLeft(name));
  const listed = tasks.map((x) => lt.task(x.id, shorten(x.text, 80, { atWord: true }), x.due && formatShort(x.due)));
  if (tasks.length) {
    parts.push(
      leader
        ? lt.alsoTasks(name, tasks.length, listed)
        : lt.memberLeft(mentionLine(mentions), name, tasks.length, listed),
    );
    parts.push(lt.reassign(tasks.length, tasks[0]!.id));
    // A member leaving a network that already had no leader: nobody may give the tasks away yet.
    if (!leader && !leaders.length) parts.push(lt.noLeader);
  }
  await s.messenger.startThread(network, {
    text: parts.join(' '),
    ...(leaders.length ? { mentions: mentionsOf(leaders) } : {}),
  });
}

/** The leaver's name as the task has it (Teams names no one who left). */
function ownerName(task: Task, same: (p: { id?: string; aadObjectId?: string }) => boolean): string {
  const o = task.owners.find((x) => x.kind === 'person' && same(x));
  return o?.name ?? '';
}

/**
 * Someone joined the team (Teams: conversationUpdate, membersAdded): one who had left may act on the
 * network again, as a member (a former leader's role does not come back by itself).
 */
export async function memberJoinedTeam(
  s: TeamEventDeps | Services,
  tenantId: string,
  networkId: string,
  who: Who,
): Promise<void> {
  noteJoined(s.store, tenantId, networkId, who);
  forgetKnownNames(s.store, tenantId, networkId);
  // The one delete that found the leaving decides (review s14 #13): a join Teams delivers twice at once would
  // pass a read-then-write check both times, and the leaders would hear of the return twice.
  const back = await noteRejoined(s.store, tenantId, networkId, who);
  if (back) await welcomeBack(s, tenantId, networkId, who);
  else await welcomeJoined(s, tenantId, networkId, who);
}

/**
 * Month s14 #12: one who left and came back. The leaders, told of the leaving and the tasks that needed a new
 * owner, hear that those tasks need none after all; the person is welcomed back with their open tasks and the
 * next meeting, not the first-time welcome.
 */
async function welcomeBack(s: TeamEventDeps | Services, tenantId: string, networkId: string, who: Who): Promise<void> {
  try {
    const network = await s.store.networks.get(tenantId, networkId);
    if (!network?.active) return;
    forgetNotOnRoster(s.store, tenantId, who);
    const same = (p: { id?: string; aadObjectId?: string }) =>
      (!!who.id && p.id === who.id) || (!!who.aadObjectId && p.aadObjectId === who.aadObjectId);
    const tasks = (await s.store.tasks.listOpenForPerson(tenantId, who)).filter((x) => x.networkId === networkId);
    const listed = tasks.map((x) => lt.task(x.id, shorten(x.text, 80, { atWord: true }), x.due && formatShort(x.due)));
    if (tasks.length) {
      const { leaders, mentions } = await leaderMentions(s.store, network);
      const others = leaders.filter((l) => !same(l));
      await s.messenger.startThread(network, {
        text: lt.returned(
          mentionLine(mentions.filter((m) => others.some((l) => l.id === m.id))),
          ownerName(tasks[0]!, same),
          tasks.length,
          listed,
        ),
        ...(others.length ? { mentions: mentionsOf(others) } : {}),
      });
    }
    if (!who.id) return;
    const today = localDateOf(s.clock.now(), 'config' in s ? s.config.timezone : 'Europe/Oslo');
    const overdue = tasks.filter((x) => x.due && x.due < today).length;
    // The next meeting needs the whole app (its series and calendar); a bare event handler goes without.
    const next =
      'config' in s
        ? await nextMeetingDate(s, network).catch((err: unknown) => {
            s.log.warn({ err: { message: (err as Error).message } }, 'welcome back without the next meeting');
            return null;
          })
        : null;
    // A meeting on today (month s16 #15): «Neste møte er <i dag>» read as still to come while it ran.
    const running = await s.store.meetings.running(tenantId, networkId);
    const runningNow =
      running && running.date === today
        ? meetingDayText.runningNow(
            formatLong(running.date),
            clockTimeOf(new Date(running.startedAt), 'config' in s ? s.config.timezone : 'Europe/Oslo'),
          )
        : null;
    const person = {
      id: who.id,
      ...(who.aadObjectId ? { aadObjectId: who.aadObjectId } : {}),
      name: tasks[0] ? ownerName(tasks[0], same) : '',
    };
    await s.store.people.noteSeen(tenantId, networkId, person, s.clock.now());
    await sendPrivately(
      s.messenger,
      s.log,
      tenantId,
      person,
      { text: lt.welcomeBack(network.name, listed, overdue, next && formatLong(next), runningNow) },
      'could not welcome a member back',
    );
  } catch (err) {
    s.log.warn({ err: { message: (err as Error).message }, networkId }, 'could not welcome a member back');
  }
}

/**
 * Month round 13, #1: a new member is in the network from the moment Teams adds them, not from their
 * first line to the bot, so the personal chat knows their network at once; and they get one short
 * personal welcome saying what the bot does and what to write (nothing in the channel, no card).
 * Once per person and network (a join Teams delivers again, or leaving and coming back, says nothing).
 */
async function welcomeJoined(s: TeamEventDeps, tenantId: string, networkId: string, who: Who): Promise<void> {
  if (!who.id) return;
  try {
    const network = await s.store.networks.get(tenantId, networkId);
    if (!network?.active) return;
    forgetNotOnRoster(s.store, tenantId, who);
    // Teams names no one in membersAdded; the roster does, and a name is only a courtesy here.
    const listed =
      who.aadObjectId && s.roster
        ? await s.roster.member(network, who.aadObjectId).catch((err: unknown) => {
            s.log.warn(
              { err: { message: (err as Error).message }, networkId },
              'roster look-up for a new member failed',
            );
            return null;
          })
        : null;
    const person = {
      id: who.id,
      ...(who.aadObjectId ? { aadObjectId: who.aadObjectId } : {}),
      name: redactText(listed?.name ?? ''),
    };
    await s.store.people.noteSeen(tenantId, networkId, person, s.clock.now());
    const key = `welcome:${who.aadObjectId || who.id}`;
    if (!(await s.store.meetings.markHint(tenantId, networkId, 'member-joined', key, s.clock.now()))) return;
    await sendPrivately(
      s.messenger,
      s.log,
      tenantId,
      person,
      { text: welcomeText.joined(network.name) },
      'could not welcome a new member',
    );
  } catch (err) {
    s.log.warn({ err: { message: (err as Error).message }, networkId }, 'could not record a new member');
  }
}
