import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { deadlineText as t } from '../i18n/index.ts';
import { requireLeader } from '../networks/roles.ts';
import { parseNorwegianDate } from '../time/norwegian-date.ts';
import { addDays, formatShort } from '../time/local-date.ts';
import { todayOf } from './deadline-cards.ts';
import { redate, yearlyMoveLine } from './deadline-clicks.ts';
import { dateMistake, readMove, readYearly } from './deadline-words.ts';
import { nonWorkingNote } from './non-working.ts';
import { reminderPromise } from './reminder-plan.ts';

/** «16.12» as a day and month, for the example in a hint. */
const dm = (iso: string) => `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}`;

/**
 * N1: «flytt frist F1 til 16.12» (and «F1 flyttes til …», «endre F1 til …»): the same move as the
 * card's «Endre», by a leader. What cannot be read gets a deadline hint with an example that
 * works, never the guideline answerer.
 */
export async function moveByWords(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const n = networkHere(ctx);
  const open = await s.store.deadlines.listOpen(n.tenantId, n.networkId);
  const { id, dateWords } = readMove(args);
  const exampleId = id ?? open[0]?.id ?? 'F1';
  const exampleDate = dm(addDays(todayOf(s), 14));
  const example = `flytt frist ${exampleId} til ${exampleDate}`;
  if (!id) return [text(t.moveHowTo(t.moveNoId, example))];
  const refused = await requireLeader(s.store, ctx, t.moveWhat);
  if (refused) return [refused];
  const found = await s.store.deadlines.get(n.tenantId, n.networkId, id);
  if (!found)
    return [
      text(`${t.notFound(id)} ${t.moveHowTo('', `flytt frist ${open[0]?.id ?? 'F1'} til ${exampleDate}`).trim()}`),
    ];
  if (found.status === 'done') return [text(t.moveDelivered(found.id))];
  if (!dateWords) return [text(t.moveHowTo(t.moveNoDate(id), example))];
  // N12: «… til 26.02 hvert år» moves the yearly series' own day too; without it the move is this year's only.
  const { title: dateOnly, yearly: everyYear } = readYearly(dateWords);
  if (!dateOnly) return [text(t.moveHowTo(t.moveNoDate(id), example))];
  const parsed = parseNorwegianDate(dateOnly, { now: s.clock.now(), timeZone: s.config.timezone });
  if (!parsed.ok) return [text(dateMistake(parsed) ?? t.moveHowTo(t.badDate(dateWords), example))];
  const seriesMoves = everyYear && (!found.yearly || (found.seriesDay ?? found.date.slice(5)) !== parsed.date.slice(5));
  if (parsed.date === found.date && !seriesMoves) return [text(t.moveSameDate(id, formatShort(found.date)))];
  if (parsed.date < todayOf(s)) return [text(t.pastDate(formatShort(parsed.date)))];
  const d = await redate(s, ctx, found, parsed.date, { everyYear });
  if (!d) return [text(t.notFound(id))];
  ctx.log.info({ deadlineId: d.id }, 'deadline moved by words');
  // The answer is itself a post in the channel: it is the notice «Endre» posts (N5).
  const said = t.changedDate(ctx.actor.name, d.id, d.title, formatShort(found.date), formatShort(d.date));
  const offDay = nonWorkingNote(d.date);
  // Month round 7, N4: the reminders of the new date, on the days they are planned for.
  const reminders = await reminderPromise(s, d);
  const yearly = d.yearly ? yearlyMoveLine(d, everyYear) : null;
  return [text([said, yearly, reminders, offDay].filter(Boolean).join(' '))];
}
