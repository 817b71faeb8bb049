import type { AdaptiveCard, Mention } from '../src/conversation/types.ts';
import { taskText as t } from '../src/i18n/index.ts';
import { exampleLine, renderCard } from './render.ts';

export interface TaskDraftCardData {
  title: string;
  message: string;
  example: string;
  exampleLine: string;
  draftHelp: string;
  draftLabel: string;
  draftError: string;
  line: string;
  resend: string;
  networkId: string;
  /** The people @mentioned in the line, so a resend still knows who "@Ola Hansen" is. */
  mentionsJson: string;
}

/**
 * A task line that could not be saved: what was wrong, an example that works, and the line itself in
 * a field to fix and send again. Nothing of it is stored until it is sent and succeeds.
 */
export function taskDraftCard(input: {
  title: string;
  message?: string;
  example?: string;
  line: string;
  networkId: string;
  mentions: readonly Mention[];
}): AdaptiveCard {
  const data: TaskDraftCardData = {
    title: input.title,
    message: !input.message || input.message === input.title ? '' : input.message,
    example: input.example ?? '',
    exampleLine: input.example ? exampleLine(input.example) : '',
    draftHelp: t.draft.help,
    draftLabel: t.draft.label,
    draftError: t.draft.error,
    line: input.line,
    resend: t.draft.resend,
    networkId: input.networkId,
    mentionsJson: JSON.stringify(
      input.mentions.map((m) => ({ id: m.id, aadObjectId: m.aadObjectId, name: m.name, text: m.text })),
    ),
  };
  return renderCard('task-draft', data);
}
