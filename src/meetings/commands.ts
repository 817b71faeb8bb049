import { z } from 'zod';
import type { Services } from '../app/services.ts';
import { commandFamily, type ActionResult, type CommandSpec, type Feature } from '../commands/spec.ts';
import { adultsKnownHere, cardNetwork, wrongNetworkCard } from '../conversation/guards.ts';
import { guard } from '../privacy/guard.ts';
import { networkHere } from '../conversation/network.ts';
import type { Reply, RequestContext } from '../conversation/types.ts';
import { askNearMiss, asActionResult, claimsNearMiss, confirmedLine, nearMissEntry } from './keyword-typo.ts';
import { meetingText as t } from '../i18n/index.ts';
import { decideProposal, propose, showAgenda } from './agenda-proposals.ts';
import { agendaView } from './agenda-view.ts';
import { approveByClick, approveByCommand } from './approve-minutes.ts';
import { correctionClick, correctionData, correctMinutes, type CorrectionDeps } from './correct-minutes.ts';
import { mountMinutesDownloads } from './downloads.ts';
import { saveAgenda } from './edit-agenda.ts';
import { endMeeting } from './end-meeting.ts';
import { checkEntryTextKnowing } from './entry-check.ts';
import { parseItemTarget } from './entry-parser.ts';
import { readExperienceLine } from './experience-line.ts';
import { attendance, moveTo, noteOrExperience, plainEntry } from './meeting-lines.ts';
import { approvalLine, minutesCardFor, minutesExample, minutesOf, showMinutes } from './minutes-view.ts';
import { meetingNoticeHandlers } from './notices.ts';
import { asksNextMeeting } from './next-meeting-question.ts';
import { planNotices, upcoming } from './planning.ts';
import { resendTask, taskEntry, type TaskDeps } from './record-task.ts';
import { personalTaskLine } from '../tasks/personal-line.ts';
import { retireTask } from './retire-task.ts';
import {
  appendEntry,
  entryBase,
  inMeetingThread,
  mentionHint,
  newEntryId,
  readLog,
  readRunningLog,
  runningMeeting,
} from './running-meeting.ts';
import { schedule, setPlace } from './schedule-commands.ts';
import { municipalitiesCommand } from './set-municipalities.ts';
import { startMeeting } from './start-meeting.ts';
import { sameDayClick, sameDayData } from './same-day-restart.ts';
import { stillOpenHandler } from './still-open.ts';
import { readTaskStatus } from './task-status-phrase.ts';
import { listensInMeeting, remarkInMeeting } from './thread-talk.ts';
import { undo } from './undo-entry.ts';
import { eachItem, type ItemHandlers } from './several-items.ts';
import { keepAsked, saveAskedLine } from './waiting-lines.ts';
import { askTaskNearMiss, nearMissTask, saveTaskLine, taskLineData } from './task-near-miss.ts';
import { currentItem } from './log.ts';
import { postponeItem, readPostpone } from './postpone-item.ts';
import { BREAK_WORDS, breakLine, readBreak } from './break-line.ts';
import { meetingDayText } from '../i18n/meeting-day.ts';
import { text } from '../conversation/types.ts';
import { localDateOf } from '../time/local-date.ts';

// The meetings feature's command table: words and card verbs mapped to use cases. No rule lives here.

/** What recording a task and correcting the minutes need from the running meeting, by name. */
function meetingDeps(s: Services): TaskDeps & CorrectionDeps {
  return {
    s,
    checked: (ctx, raw) => checkEntryTextKnowing(s, ctx, raw),
    // A running meeting's log from the cache of parsed entries (issue #14): `oppgave` is a meeting line too.
    log: (m) => (m.status === 'running' ? readRunningLog(s, m) : readLog(s, m)),
    append: (m, e) => appendEntry(s, m, e),
    base: (ctx, entries, m) => entryBase(s, ctx, entries, m),
    newId: (n) => newEntryId(s, n),
    running: (ctx) => runningMeeting(s, ctx),
    inMeetingThread,
    mentionHint: (ctx, m) => mentionHint(s, ctx, m),
    nextMeetingAfterToday: async (network) =>
      (await upcoming(s, network, 2)).find((o) => o.date > localDateOf(s.clock.now(), s.config.timezone))?.date ?? null,
    minutesOf: (m) => minutesOf(s, m),
    minutesCard: (m) => minutesCardFor(s, m),
    retireTask: (ctx, taskId) => retireTask(s, ctx, taskId),
    minutesExample: (network) => minutesExample(s, network),
  };
}

/** The monthly meeting: schedule, fixed agenda, live minutes with owners, and the minutes after. */
export function meetingsFeature(s: Services): Feature {
  const deps = meetingDeps(s);
  // The archive and the tab open minutes and the agenda through Services, set here once.
  s.minutesCardFor = (m) => minutesCardFor(s, m);
  s.meetingViews = {
    async nextAgenda(network) {
      const meeting = (await upcoming(s, network, 1))[0];
      return meeting ? { meeting, view: await agendaView(s, network, meeting) } : null;
    },
    minutes: (m, ended) => minutesOf(s, m, undefined, ended),
    approvalLine,
  };

  const cmd = commandFamily('meeting', t, ['channel', 'groupChat']);
  // «vedtak: A; oppgave @Ola …»: each part as if typed alone (month s15 #2).
  const items: ItemHandlers = {
    decision: (ctx, a) => askedAbout(ctx) ?? plainEntry(s, ctx, a, 'decision', ctx.text),
    note: (ctx, a) => askedAbout(ctx) ?? noteOrExperience(s, ctx, a),
    task: (ctx, a) => taskEntry(deps, ctx, a),
  };
  const commands: CommandSpec[] = [
    cmd('schedule', ['møteplan', 'møteplanen'], (ctx, a) => schedule(s, ctx, a)),
    // «neste møte», «når er neste møte?» (month s14 #4, #13): the next meeting's date and agenda, in a personal
    // chat too (PERSONAL_VIEWS); never «neste» (the next item) followed by a word. A sentence after the words,
    // unaddressed in the meeting's thread («neste møte blir i Nes»), is talk.
    {
      ...cmd('agenda', ['agenda', 'dagsorden', 'neste møte', 'neste møtet', 'neste nettverksmøte'], (ctx) =>
        showAgenda(s, ctx),
      ),
      claims: (typed) => (asksNextMeeting(typed) ? '' : null),
      talk: (a) => a.trim().split(/\s+/u).length >= 2,
    },
    cmd('propose', ['agenda +', 'agendaforslag', 'foreslå'], (ctx, a) => propose(s, ctx, a)),
    cmd('start', ['start møte', 'start møtet', 'møtestart'], (ctx) => startMeeting(s, ctx)),
    {
      ...cmd('next', ['neste', 'neste punkt', 'punkt'], (ctx, a) => {
        // «punkt 6 utsettes» starts with the word of a move but postpones (month s16 #5).
        const postponed = readPostpone(`punkt ${a}`);
        if (postponed) return postponeItem(s, ctx, postponed.item);
        const target = parseItemTarget(a);
        return moveTo(s, ctx, target.ok ? target.to : target.typed, '');
      }),
      // «punkt seks» or «neste 4» still reads as a move; a sentence after the word is talk.
      talk: (a) => !readPostpone(`punkt ${a}`) && !parseItemTarget(a).ok && a.trim().split(/\s+/u).length >= 2,
    },
    {
      id: 'meeting.postpone',
      words: ['utsett punkt', 'utsett punktet', 'flytt punkt', 'flytt punktet'],
      ...meetingDayText.command,
      group: t.group,
      where: ['channel', 'groupChat'],
      run: async (ctx) => {
        // The bot's mention is gone from ctx.text; «flytt punkt 6» alone is read only with «til neste møte».
        const postponed = readPostpone(ctx.text);
        return postponed ? postponeItem(s, ctx, postponed.item) : [text(meetingDayText.how)];
      },
    },
    {
      id: 'meeting.break',
      words: BREAK_WORDS,
      ...meetingDayText.breakCommand,
      group: t.group,
      where: ['channel', 'groupChat'],
      run: (ctx, a) => breakLine(s, ctx, ctx.text.trim().split(/\s+/u)[0] ?? '', a),
      // «pause i arbeidet med planen» is talk; «pause», «lunsj til 12:30», «pause 15 min» are breaks.
      talk: (a) => readBreak(a) === null,
    },
    cmd('present', ['til stede', 'tilstede'], (ctx, a) => attendance(s, ctx, a, 'present')),
    cmd('absent', ['forfall'], (ctx, a) => attendance(s, ctx, a, 'absent')),
    // In a personal chat «T3 er ferdig» changes the person's own task (month round 7, N2; src/tasks).
    {
      ...cmd('task', ['oppgave'], (ctx, a) =>
        ctx.scope.conversationType === 'personal'
          ? personalTaskLine(s, ctx, a)
          : nearMissTask(ctx.text) !== null
            ? askTaskNearMiss(s, ctx, a)
            : eachItem(ctx, items, () => taskEntry(deps, ctx, a)),
      ),
      where: ['channel', 'groupChat', 'personal'],
      // «opgave @Per …», one edit from the word, is asked about with a button, as «vedak:» is (s12 #6).
      claims: (typed) => readTaskStatus(typed) ?? nearMissTask(typed),
    },
    cmd('municipalities', ['kommuner', 'kommunene'], (ctx, a) => municipalitiesCommand(s, ctx, a)),
    // «vedatk: …», one edit from the word: claimed, so it is asked about every time, never read as chat (N6).
    {
      ...cmd('decision', ['vedtak', 'beslutning'], (ctx, a) => eachItem(ctx, items, () => items.decision(ctx, a))),
      claims: claimsNearMiss(['vedtak', 'beslutning']),
    },
    // «gjort: … lært: … lurt: …», the words of the agenda's own experience-log item, are claimed as notes too.
    {
      ...cmd('note', ['info', 'notat'], (ctx, a) => eachItem(ctx, items, () => items.note(ctx, a))),
      claims: (typed) => readExperienceLine(typed) ?? claimsNearMiss(['info', 'notat'])(typed),
    },
    cmd('undo', ['angre'], (ctx) => undo(s, ctx, '')),
    cmd('approve', ['godkjent', 'godkjenn referatet', 'referatet godkjent', 'referatet er godkjent'], (ctx, a) =>
      approveByCommand(s, ctx, a),
    ),
    cmd('end', ['avslutt møte', 'avslutt møtet', 'møteslutt'], (ctx) => endMeeting(s, ctx)),
    cmd('minutes', ['referat'], (ctx, a) => showMinutes(s, ctx, a)),
    cmd('correct', ['rett referat', 'rett referatet', 'korriger referat'], (ctx, a) => correctMinutes(deps, ctx, a)),
    cmd('place', ['møtested', 'møtelenke'], (ctx, a) => setPlace(s, ctx, a)),
  ];

  const networkId = z.string().min(1).max(300);

  /** «Mente du «vedtak:»?» for a line that opened with a near miss of the entry word, else null. */
  function askedAbout(ctx: RequestContext): Promise<Reply[]> | null {
    const hit = nearMissEntry(ctx.text);
    if (!hit) return null;
    return (async () => {
      // Knowing the network's members, as the line itself is checked (review 1, M2).
      const plain = guard(hit.line);
      const known = !plain.ok && plain.child ? await adultsKnownHere(s, ctx) : undefined;
      const replies = askNearMiss(networkHere(ctx).networkId, hit, known);
      // Asked in the running meeting: the question is kept, so «avslutt møte» names it if nobody presses (N6).
      const m = replies[0]?.kind === 'card' ? await runningMeeting(s, ctx) : null;
      if (m && inMeetingThread(m, ctx.scope)) {
        const entries = await readRunningLog(s, m);
        await keepAsked(s, m, ctx, entries, hit.line, currentItem(entries));
      }
      return replies;
    })();
  }

  /** The button under «Mente du «vedtak:»?»: the line recorded as meant, in the meeting of that thread. */
  async function confirmLine(ctx: RequestContext, d: { networkId: string; line: string }): Promise<ActionResult> {
    if (!cardNetwork(ctx, d.networkId)) return wrongNetworkCard;
    const line = confirmedLine(d.line);
    if (!line) return { kind: 'message', text: t.nearMiss.gone };
    // Saved once, by its writer or a leader; after «avslutt møte» as a correction to those minutes (N6, s12 #1).
    const asked = await saveAskedLine(s, ctx, d.line);
    if (asked) return asked;
    return asActionResult(await plainEntry(s, { ...ctx, text: d.line }, line.args, line.kind, d.line));
  }
  const proposalData = z.object({
    proposalId: z.string().min(1).max(20),
    networkId,
    meetingDate: z.iso.date().optional(),
    // Longer than the limit is read and refused with the limit, not dropped as a bad click.
    reason: z.string().max(5000).optional(),
  });

  return {
    name: 'meetings',
    commands,
    actions: [
      { verb: 'proposal.accept', schema: proposalData, run: (ctx, d) => decideProposal(s, ctx, d, 'accepted') },
      { verb: 'proposal.decline', schema: proposalData, run: (ctx, d) => decideProposal(s, ctx, d, 'declined') },
      {
        verb: 'minutes.approve',
        schema: z.object({ networkId, meetingId: z.string().min(1).max(20) }),
        run: (ctx, d) => approveByClick(s, ctx, d),
      },
      {
        verb: 'task.resend',
        schema: z.object({
          networkId,
          line: z.string().max(5000).optional(),
          mentions: z.string().max(10000).optional(),
        }),
        run: (ctx, d) => resendTask(deps, ctx, d),
      },
      {
        verb: 'meeting.taskline',
        schema: taskLineData,
        run: (ctx, d) => saveTaskLine(s, ctx, d, (c, a) => taskEntry(deps, c, a)),
      },
      {
        verb: 'meeting.line',
        schema: z.object({ networkId, line: z.string().max(5000) }),
        run: (ctx, d) => confirmLine(ctx, d),
      },
      {
        verb: 'meeting.sameday',
        schema: sameDayData,
        run: (ctx, d) => sameDayClick(s, ctx, d, (c) => startMeeting(s, c)),
      },
      { verb: 'minutes.correct', schema: correctionData, run: (ctx, d) => correctionClick(deps, ctx, d, 'correction') },
      { verb: 'minutes.remove', schema: correctionData, run: (ctx, d) => correctionClick(deps, ctx, d, 'removal') },
      {
        verb: 'agenda.save',
        schema: z.object({ networkId, agendaText: z.string().max(5000).optional() }),
        run: (ctx, d) => saveAgenda(s, ctx, d),
      },
    ],
    jobs: [...meetingNoticeHandlers(s), stillOpenHandler(s)],
    mount: (server) => mountMinutesDownloads(server, s),
    listens: (ctx) => listensInMeeting(s, ctx),
    remark: (ctx, typed) => remarkInMeeting(s, ctx, typed),
    async start() {
      for (const network of await s.store.networks.listActive()) await planNotices(s, network);
    },
    async onInstall(network) {
      await planNotices(s, network);
    },
  };
}
