import { createHash } from 'node:crypto';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { helpText } from '../i18n/index.ts';
import type { Services } from '../app/services.ts';
import { checkInputKnowing } from '../conversation/guards.ts';
import { redactText } from '../privacy/redact.ts';
import type { Store } from '../store/store.ts';
import { editedMessage, refusedOnly, stillRefused } from './edited-refusals.ts';
import { SHOW_COMMANDS } from './polite.ts';
import { route } from './router.ts';
import type { CommandSpec, Feature } from './spec.ts';

/** Show commands that set something when words follow them: «møteplan første torsdag i måneden 10-14». */
const SETS_WITH_WORDS = new Set(['meeting.schedule']);

/** What an edited command needs from the dispatcher: its commands, its features, and running a line. */
export interface EditDeps {
  store: Store;
  /** Teams' roster, so a member named in a child's frame is known as an adult (checkInputKnowing). */
  roster?: Services['roster'];
  commands: readonly CommandSpec[];
  features: readonly Feature[];
  run(ctx: RequestContext): Promise<Reply[]>;
}

/**
 * N19: a command message edited in Teams. The channel shows the new text from then on, so the bot
 * never keeps the old one in silence. A command that was refused when sent did nothing, so its first
 * edit that is accepted runs as a new command (./edited-refusals.ts). Otherwise a command is never run again from an edit (it would make a
 * second deadline, task or meeting); where the command knows, for the thing the message made, the
 * one command that does what the edit changed (a deadline's new date: «flytt frist F2 til 14.04»),
 * that command runs and the answer names it, so the reader learns it; anything else is answered in
 * the thread: the edit was not followed, and the line to send anew. The one place for every command.
 * A meeting line's edit is the meeting's business (src/meetings/edit-entry.ts) and never reaches here.
 */
export async function editedCommand(
  deps: EditDeps,
  ctx: RequestContext,
  activityId: string,
  editedAt?: string,
): Promise<Reply[]> {
  const addressed = ctx.scope.conversationType === 'personal' || ctx.mentionedBot !== false;
  if (!addressed || !ctx.scope.network) return [];
  // In a running meeting's thread every line is a meeting line, whatever its first word.
  for (const f of deps.features) if (await f.listens?.(ctx)) return [];
  const r = route(ctx.text, deps.commands);
  if (r.kind !== 'command' || r.polite) return [];
  const spec = r.spec;
  if (spec.where && !spec.where.includes(ctx.scope.conversationType)) return [];
  // A command that shows something («frister», «agenda for desember») changed nothing to follow; of
  // those only «møteplan» with a rule after it sets something (the plan).
  if (SHOW_COMMANDS.has(spec.id) && !(SETS_WITH_WORDS.has(spec.id) && r.args.trim())) return [];
  // Teams may deliver one edit twice: one edit (its own time and text) is answered once. Keyed on the
  // time too, edits A→B→A→B each count (review 2, LOW 10).
  const edit = `${editedAt?.trim() ?? ''}\n${ctx.text}`;
  const key = `edit:${activityId}:${createHash('sha256').update(edit).digest('hex').slice(0, 16)}`;
  if (!(await deps.store.seenActivities.claim(ctx.scope.tenantId, ctx.scope.conversationId, key, ctx.now))) return [];
  // A command refused when it was sent did nothing: its edit is the command as meant, run once as new.
  const before = await editedMessage(deps.store, ctx, activityId);
  if (before === 'refused-first') {
    const done = await deps.run(ctx);
    if (refusedOnly(done)) await stillRefused(deps.store, ctx, activityId);
    return [text(helpText.editRefusedRan), ...done];
  }
  // Still being handled (review 1, L2): what the message made is not there yet to follow.
  const reading = before === 'not-yet-known' ? null : ((await spec.edited?.(ctx, r.args, activityId)) ?? null);
  if (reading?.kind === 'unchanged') return [];
  if (reading?.kind === 'apply') {
    const done = await deps.run({ ...ctx, text: reading.command });
    await reading.followed?.();
    return [text(helpText.editFollowed(reading.command)), ...done];
  }
  // N16 (month round 8b): every echo of the edit passes the input check; a line about a single child
  // (or a fødselsnummer) gets the refusal, never a quote of it or an invitation to send it again.
  // Knowing the network's members, as the command itself was checked (review 1, H2).
  const checked = await checkInputKnowing(deps, ctx, ctx.text, { max: Number.POSITIVE_INFINITY, title: '' });
  if (!checked.ok) return checked.reply;
  const here = ctx.scope.conversationType;
  if (reading?.kind === 'changed-since')
    return [text(helpText.editChangedSince(helpText.commandLine(reading.command, here)))];
  // Masked before it is cut (review 2, item 9): a cut «om Emma (8…» would lose the sign that masks the name.
  const again = redactText(helpText.commandLine(ctx.text, here));
  const shown = again.length > 200 ? `${again.slice(0, 197)}…` : again;
  // The message was still being handled (review 1, L2): nothing is known to have run, so no «om igjen».
  if (before === 'not-yet-known') return [text(helpText.editBeforeOutcome(shown))];
  return [text(helpText.editNotFollowed(spec.words[0]!, shown))];
}
