// `kostnadsfordeling`: text → key → card, or a card saying what was wrong, with an example that works
// and everything that was understood, so nothing has to be typed again from memory.
import { costKeyCard, costKeyFormCard, understoodLine } from '../../cards/cost-key.ts';
import type { AdaptiveCard } from '../conversation/types.ts';
import { card, text, type Reply } from '../conversation/types.ts';
import { amountText, costKeyText as t } from '../i18n/index.ts';
import { guard } from '../privacy/guard.ts';
import { computeCostKey, type CostKeyError } from './cost-key.ts';
import { MAX_MUNICIPALITIES, parseCostKey, type CostKeyProblem } from './cost-key-parse.ts';

function problemText(p: CostKeyProblem): string {
  switch (p.kind) {
    case 'empty':
      return t.problems.empty;
    case 'too-long':
      return t.problems.tooLong;
    case 'no-total':
      return t.problems.noTotal;
    case 'bad-total':
      return t.problems.badTotal(p.typed, amountText.error(p.error, p.typed).replace(/^«[^»]*»: /u, ''));
    case 'bad-percent':
      return t.problems.badPercent(p.typed);
    case 'no-percent':
      return t.problems.noPercent;
    case 'no-municipalities':
      return t.problems.noMunicipalities;
    case 'too-many':
      return t.problems.tooMany(MAX_MUNICIPALITIES);
    case 'no-population':
      return t.problems.noPopulation(p.name);
    case 'bad-population':
      return t.problems.badPopulation(p.name, p.typed);
    case 'bad-use':
      return t.problems.badUse(p.name, p.typed);
    case 'missing-use':
      return t.problems.missingUse(p.names.join(', '));
    case 'unreadable':
      return t.problems.unreadable(p.typed);
  }
}

function keyErrorText(e: CostKeyError): string {
  switch (e.kind) {
    case 'no-municipalities':
      return t.problems.noMunicipalities;
    case 'duplicate':
      return t.problems.duplicate(e.name);
    case 'bad-percent':
      return t.problems.badPercent('');
    case 'no-population':
      return t.problems.noPopulationAtAll;
    case 'no-use':
      return t.problems.noUse;
    case 'bad-number':
      return t.problems.badNumber;
  }
}

/** The key for the text, or a form saying what was wrong with the text in it to correct. */
export function costKeyCardFor(args: string, wrote = args): AdaptiveCard {
  const typed = args.trim();
  if (!typed)
    return costKeyFormCard({
      title: t.helpTitle,
      message: `${t.help}\n\n${t.populationsNote}`,
      tone: 'info',
      value: '',
    });
  const parsed = parseCostKey(typed);
  // What was typed is shown back and left in the field, so only the wrong figure needs retyping.
  const fail = (message: string, understood: string) =>
    costKeyFormCard({
      title: message,
      // The message as written, command word and all; the field holds only the key, to correct and compute.
      typed: wrote.trim().slice(0, 1500),
      understood: understood || t.nothingUnderstood,
      tone: 'error',
      value: typed.slice(0, 5000),
    });
  if (!parsed.ok) return fail(problemText(parsed.problem), understoodLine(parsed.understood));
  const key = computeCostKey(parsed.parsed.input);
  if (!key.ok) return fail(keyErrorText(key.error), understoodLine(parsed.understood));
  return costKeyCard(key.result, { understood: parsed.understood, allByPopulation: parsed.parsed.allByPopulation });
}

export function costKeyReplies(args: string, wrote = args): Reply[] {
  const g = guard(args);
  if (!g.ok) return [text(g.message)];
  return [card(costKeyCardFor(args, wrote))];
}

/** «Regn ut» on the form: the same reading of the field's text, the answer replacing the card for the clicker. */
export function costKeyAction(data: {
  costKeyText?: string;
}): { kind: 'card'; card: AdaptiveCard } | { kind: 'message'; text: string } {
  const typed = data.costKeyText ?? '';
  const g = guard(typed);
  if (!g.ok) return { kind: 'message', text: g.message };
  return { kind: 'card', card: costKeyCardFor(typed) };
}
