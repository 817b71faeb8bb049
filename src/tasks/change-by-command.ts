import { dueTooFar, exampleDue } from './due-limit.ts';
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { taskText as t } from '../i18n/index.ts';
import { closestListed, findListed, splitNames } from '../meetings/municipalities.ts';
import { guard } from '../privacy/guard.ts';
import { formatShort, localDateOf } from '../time/local-date.ts';
import { parseNorwegianDate } from '../time/norwegian-date.ts';
import {
  applyTaskChange,
  dayOffNote,
  dueChange,
  earlierRefusal,
  outdatedNotice,
  statusChange,
  taskCardReply,
} from './apply-change.ts';
import { askCancel } from './cancel-task.ts';
import { departedOwner } from './departed-owner.ts';
import { dueMovedNote, workingDue } from './due-holiday.ts';
import { knownPerson } from './known-person.ts';
import { changeRefusal } from './permissions.ts';
import type { TaskCommand } from './task-command.ts';
import { StaleTaskChange, type TaskChange, type TaskOwner } from './task.ts';
import { shorten } from '../conversation/reach.ts';

const MAX_TEXT = 2000;

/** `oppgave T3 …` in the channel, in or outside a meeting: the same rules as the task card's buttons. */
export async function changeTaskByCommand(
  s: Services,
  ctx: RequestContext,
  input: { id: string; command: TaskCommand; municipalities: readonly string[]; nextMeeting: string | null },
): Promise<Reply[]> {
  const network = networkHere(ctx);
  const { id, command } = input;
  const refuse = (title: string, example: string) => [card(noticeCard({ title, example, tone: 'error' }))];
  const task = await s.store.tasks.get(network.tenantId, network.networkId, id);
  if (!task)
    return [card(noticeCard({ title: t.heading(id), message: t.notFound(id), example: t.showExample, tone: 'error' }))];
  if (command.verb === 'show') return [await taskCardReply(s, task)];
  if (command.verb === 'cancel') return askCancel(s, ctx, task.id);
  const refused = await changeRefusal(s.store, task, ctx.actor, command.verb);
  if (refused) return [text(refused)];
  const today = localDateOf(s.clock.now(), s.config.timezone);
  let change: TaskChange | null = null;
  let note: string | null = null;
  switch (command.verb) {
    case 'done':
    case 'progress':
    case 'reopen':
      change = statusChange(task, command.verb);
      break;
    case 'postpone': {
      if (!command.date) return refuse(t.change.dueMissing(id), `oppgave ${id} utsett 15.01`);
      const parsed = parseNorwegianDate(command.date, {
        now: s.clock.now(),
        timeZone: s.config.timezone,
        nextMeeting: input.nextMeeting,
      });
      if (!parsed.ok) return refuse(parsed.error, `oppgave ${id} utsett ${parsed.example}`);
      const { moved, ...d } = workingDue(parsed, today);
      if (d.date < today)
        return refuse(t.pastDue(formatShort(d.date), formatShort(today)), `oppgave ${id} utsett neste fredag`);
      const tooFar = dueTooFar(d.date, today);
      if (tooFar)
        return refuse(
          tooFar,
          `oppgave ${id} ${command.later ? 'utsett' : 'ny frist'} ${formatShort(exampleDue(today))}`,
        );
      const earlier = command.later ? earlierRefusal(task, d.date, ctx.scope.conversationType) : null;
      if (earlier) return refuse(earlier, `oppgave ${id} ny frist ${command.date}`);
      change = dueChange(task, d.date);
      note = !change ? null : moved ? dueMovedNote(moved, id, d.date, ctx.scope.conversationType) : dayOffNote(d.date);
      break;
    }
    case 'owners': {
      const owners: TaskOwner[] = ctx.mentions
        .filter((m) => command.who.includes(m.text))
        .map((m) => ({ kind: 'person', id: m.id, aadObjectId: m.aadObjectId, name: m.name }));
      let rest = command.who;
      for (const m of ctx.mentions) rest = rest.replace(m.text, ' ');
      const typed = ctx.text.trim();
      for (const name of splitNames(rest)) {
        const listed = input.municipalities.length ? findListed(input.municipalities, name) : null;
        // A person's name typed without @ is no municipality, list or not (round 9): say who is meant and how.
        const known = listed ? null : await knownPerson(s, network, name);
        if (known)
          return [
            card(
              noticeCard({
                title: t.ownerIsPerson(name, known, id, input.municipalities[0] ?? null),
                example: `oppgave ${id} ny ansvarlig @${known}`,
                typed,
                tone: 'error',
              }),
            ),
          ];
        if (!listed && input.municipalities.length)
          return [
            card(
              noticeCard({
                title: t.notListed(name, closestListed(input.municipalities, name), input.municipalities.join(', ')),
                example: `oppgave ${id} ny ansvarlig ${input.municipalities[0]}`,
                typed,
                tone: 'error',
              }),
            ),
          ];
        const owner = listed ?? name;
        if (!owner) continue;
        const g = guard(owner);
        if (!g.ok) return [text(g.message)];
        owners.push({ kind: 'municipality', name: owner });
      }
      if (!owners.length) return refuse(t.change.ownersMissing(id), `oppgave ${id} ny ansvarlig @Ola Hansen`);
      const gone = await departedOwner(s.store, network, owners);
      if (gone)
        return [
          card(
            noticeCard({
              title: t.ownerLeftChange(gone, id),
              example: `oppgave ${id} ny ansvarlig ${input.municipalities[0] ?? '@Navn Navnesen'}`,
              typed: ctx.text.trim(),
              tone: 'error',
            }),
          ),
        ];
      change = { type: 'owners', from: task.owners, to: owners };
      break;
    }
    case 'text': {
      if (!command.text)
        return refuse(t.change.textMissing(id), `oppgave ${id} tekst Sende søknad til Statsforvalteren`);
      const g = guard(command.text);
      if (!g.ok) return [text(g.message)];
      if (command.text.length > MAX_TEXT)
        return refuse(
          t.change.textTooLong(command.text.length, MAX_TEXT),
          `oppgave ${id} tekst Sende søknad til Statsforvalteren`,
        );
      if (command.text !== task.text) change = { type: 'text', from: task.text, to: command.text };
      break;
    }
    case 'unknown':
      return [
        card(
          noticeCard({
            title: t.change.unknown(id, shorten(command.rest, 60)),
            message: t.change.forms(id),
            tone: 'error',
          }),
        ),
      ];
  }
  if (!change) return [text(t.change.unchanged(id)), await taskCardReply(s, task)];
  let changed;
  try {
    changed = await applyTaskChange(s, ctx, task, change, `command.${command.verb}`);
  } catch (err) {
    // Someone closed it between the read and this write: say who, change nothing.
    if (!(err instanceof StaleTaskChange)) throw err;
    const current = await s.store.tasks.get(task.tenantId, task.networkId, task.id);
    if (!current) throw err;
    const said = await outdatedNotice(s, current, task.status);
    return [...(said ? [text(said)] : []), await taskCardReply(s, current)];
  }
  return [...(note ? [text(note)] : []), await taskCardReply(s, changed)];
}
