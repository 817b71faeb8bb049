import type { Services } from '../app/services.ts';
import { disarmLinks } from '../conversation/card-links.ts';
import { myNetworks } from '../conversation/membership.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { helpText, taskText as t } from '../i18n/index.ts';
import { addDays, formatShort, localDateOf } from '../time/local-date.ts';
import { parseNorwegianDate } from '../time/norwegian-date.ts';
import { tasksNamed } from './done-by-words.ts';

// Month s14 #4: «kan jeg få utsatt søknadsutkastet til fredag?» about the asker's own T1 was answered «Ikke
// dekket av dokumentene». Asking for more time on one's own task, named by its words, gets the command that
// does it with those very words. Only the asker's own open tasks count; words that fit none of them («kan vi
// få utsatt rapporteringsfristen til april?») are a question about the rules.

const FORM =
  /^(?:kan|kunne|får|går\s+det\s+an\s+å)\s+(?:jeg|vi|eg|me)\s+(?:få\s+)?(?:utsatt|utsette|forlenget|forlenge|flyttet|flytte)\s+(?:fristen\s+(?:for|på|til)\s+)?(.+?)\s+(?:til|fram\s+til|frem\s+til)\s+(.+)$/iu;
/** More words than this is a sentence about something, not a task named in a few words. */
const MAX_WORDS = 6;

/** The task's words and the new date's words of «kan jeg få utsatt X til Y?», or null. */
export function postponeAsked(typed: string): { what: string; when: string } | null {
  const line = typed
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[?.!]+$/u, '');
  const m = FORM.exec(line);
  const what = m?.[1]?.trim();
  const when = m?.[2]?.trim();
  if (!what || !when || what.split(' ').length > MAX_WORDS || when.split(' ').length > 4) return null;
  return { what, when };
}

/** The command for the asker's one task the words fit, or null for the guidelines. */
export async function postponeByWords(s: Services, ctx: RequestContext, question: string): Promise<Reply[] | null> {
  const asked = postponeAsked(question);
  if (!asked) return null;
  const networks = ctx.scope.network ? [ctx.scope.network] : (await myNetworks(s, ctx)).member;
  const ids = new Set(networks.map((n) => n.networkId));
  const mine = (await s.store.tasks.listOpenForPerson(ctx.scope.tenantId, ctx.actor)).filter((x) =>
    ids.has(x.networkId),
  );
  const found = tasksNamed(asked.what, mine);
  if (found.length !== 1) return null;
  const task = found[0]!;
  // Words the task command cannot read as a date («etter jul») would make an example that fails (review s14
  // #11): then the example carries a date a week on, which it can.
  const now = s.clock.now();
  const readable = parseNorwegianDate(asked.when, { now, timeZone: s.config.timezone }).ok;
  const when = readable ? asked.when : formatShort(addDays(localDateOf(now, s.config.timezone), 7)).slice(0, 5);
  const command = helpText.commandLine(`oppgave ${task.id} utsett ${when}`, ctx.scope.conversationType);
  return [text(t.postponeByWords(task.id, disarmLinks(task.text), disarmLinks(command)))];
}
