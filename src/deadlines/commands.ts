import { todayOf } from './deadline-cards.ts';
import { deadlineListCard } from '../../cards/deadline.ts';
import type { Services } from '../app/services.ts';
import { commandFamily, type Feature } from '../commands/spec.ts';
import { deadlineText as t } from '../i18n/index.ts';
import { addDeadline } from './add-deadline.ts';
import { readEditedDeadline } from './edited-deadline.ts';
import { deliveredByWords, readDelivered } from './delivered-by-words.ts';
import {
  checklistData,
  deadlineIds,
  editForm,
  answerDeliver,
  deliverAnswerData,
  markDelivered,
  moveData,
  moveDeadline,
  saveData,
  saveEdit,
  snoozeDeadline,
  tickData,
  tickItem,
  toggleChecklist,
} from './deadline-clicks.ts';
import { mountDeadlineFeed } from './feed.ts';
import { listDeadlines, rotateFeed, sendFeedLink } from './list-and-feed.ts';
import { deadlineJobs, moveRemindersOffEves, resumePassedAsks } from './nudges.ts';
import { claimsMove } from './deadline-words.ts';
import { moveByWords } from './move-by-words.ts';
import { readReopen, reopenByWords, reopenClick, reopenData } from './reopen-deadline.ts';
import { addKnown, knownData, knownOfferCard } from './known-deadlines.ts';
import { setOffsets } from './set-offsets.ts';
import { offerActions } from './shared-offer.ts';
import { setStatsforvalter } from './statsforvalter.ts';

// The deadlines feature's command table: words and card verbs mapped to use cases. No rule lives here.

const feedRotateWords = [
  'ny kalenderlenke',
  'ny kalender-lenke',
  'ny kalender lenke',
  'kalenderlenke ny',
  'ny lenke til kalenderen',
  'bytt kalenderlenke',
  'frister ny lenke',
  'frist ny lenke',
  'kalender ny lenke',
];
const feedLinkWords = [
  'kalenderlenke',
  'kalenderlenken',
  'kalender-lenke',
  'kalender lenke',
  'lenke til kalenderen',
  'kalenderlenka',
];

// N1: «flytt frist F1 til 16.12» by analogy with «flytt møte»; other orders are claimed (claimsMove).
const moveWords = [
  'flytt frist',
  'flytt fristen',
  'flytte frist',
  'flytte fristen',
  'endre frist',
  'endre fristen',
  'utsett frist',
  'utsett fristen',
  'frist flytt',
  'frist endre',
];

// Month s15 #3: the way back from a «Levert» pressed by mistake; «F5 er ikke levert» is claimed (readReopen).
const reopenWords = [
  'angre levert',
  'ikke levert',
  'åpne frist',
  'åpne fristen',
  'åpne igjen frist',
  'gjenåpne frist',
  'gjenåpne fristen',
];

/** Application, reporting and spending deadlines: a register, nudges until Levert, and a calendar feed. */
export function deadlinesFeature(s: Services): Feature {
  // The meeting notices name the deadlines ahead through Services, set here once.
  s.upcomingDeadlines = async (tenantId, networkId, from, to) =>
    (await s.store.deadlines.listOpen(tenantId, networkId))
      .filter((d) => d.date >= from && d.date <= to)
      .map((d) => ({ title: d.title, date: d.date }));

  s.deadlinesCard = async (tenantId, networkId, to) => {
    const open = (await s.store.deadlines.listOpen(tenantId, networkId)).filter((d) => d.date <= to);
    // Read in the meeting thread, where everyone reads: no calendar link (A10).
    return open.length ? deadlineListCard(open, { today: todayOf(s), feedUrl: null }) : null;
  };

  s.knownDeadlinesOffer = async (tenantId, networkId) =>
    (await s.store.deadlines.listOpen(tenantId, networkId)).length ? null : knownOfferCard(networkId, todayOf(s));

  const cmd = commandFamily('deadline', t, ['channel', 'groupChat']);
  return {
    name: 'deadlines',
    commands: [
      {
        ...cmd('add', ['frist'], (ctx, a) => addDeadline(s, ctx, a, false)),
        edited: (ctx, a, id) => readEditedDeadline(s, ctx, a, id),
      },
      {
        ...cmd('shared', ['felles frist', 'frist felles'], (ctx, a) => addDeadline(s, ctx, a, true)),
        edited: (ctx, a, id) => readEditedDeadline(s, ctx, a, id),
      },
      cmd('statsforvalter', ['statsforvalter', 'statsforvalteren'], (ctx, a) => setStatsforvalter(s, ctx, a)),
      cmd('list', ['frister', 'fristene'], (ctx) => listDeadlines(s, ctx)),
      cmd('feedRotate', feedRotateWords, (ctx) => rotateFeed(s, ctx)),
      {
        ...cmd('feedLink', feedLinkWords, (ctx, a) => sendFeedLink(s, ctx, a)),
        where: ['channel', 'groupChat', 'personal'],
      },
      {
        ...cmd('move', moveWords, (ctx, a) => moveByWords(s, ctx, a)),
        claims: claimsMove,
      },
      {
        ...cmd('reopen', reopenWords, (ctx, a) => reopenByWords(s, ctx, a)),
        claims: readReopen,
      },
      cmd('offsets', ['frist varsler', 'fristvarsler'], (ctx, a) => setOffsets(s, ctx, a)),
      {
        ...cmd('delivered', ['levert'], (ctx, a) => deliveredByWords(s, ctx, a)),
        claims: readDelivered,
      },
    ],
    actions: [
      ...offerActions(s),
      { verb: 'deadline.done', schema: deadlineIds, run: (ctx, d) => markDelivered(s, ctx, d) },
      { verb: 'deadline.done.confirm', schema: deliverAnswerData, run: (ctx, d) => answerDeliver(s, ctx, d, true) },
      { verb: 'deadline.done.keep', schema: deliverAnswerData, run: (ctx, d) => answerDeliver(s, ctx, d, false) },
      { verb: 'deadline.known', schema: knownData, run: (ctx, d) => addKnown(s, ctx, d) },
      { verb: 'deadline.reopen', schema: reopenData, run: (ctx, d) => reopenClick(s, ctx, d) },
      { verb: 'deadline.snooze', schema: deadlineIds, run: (ctx, d) => snoozeDeadline(s, ctx, d) },
      { verb: 'deadline.tick', schema: tickData, run: (ctx, d) => tickItem(s, ctx, d) },
      { verb: 'deadline.na', schema: tickData, run: (ctx, d) => tickItem(s, ctx, d, true) },
      { verb: 'deadline.edit', schema: deadlineIds, run: (ctx, d) => editForm(s, ctx, d) },
      { verb: 'deadline.move', schema: moveData, run: (ctx, d) => moveDeadline(s, ctx, d) },
      { verb: 'deadline.save', schema: saveData, run: (ctx, d) => saveEdit(s, ctx, d) },
      { verb: 'deadline.checklist', schema: checklistData, run: (ctx, d) => toggleChecklist(s, ctx, d) },
    ],
    jobs: deadlineJobs(s),
    start: async () => {
      await moveRemindersOffEves(s, s.clock.now());
      await resumePassedAsks(s, s.clock.now());
    },
    mount: (server) => mountDeadlineFeed(server, s),
  };
}
