import type { AdaptiveCard } from '../src/conversation/types.ts';
import { exampleLine, renderCard } from './render.ts';
import { helpText } from '../src/i18n/index.ts';

export interface NoticeCardData {
  title: string;
  message: string;
  example: string;
  exampleLine: string;
  kept: string;
  color: 'Default' | 'Attention' | 'Good' | 'Warning';
}

/** A short card for errors and confirmations: what happened, and an example that works. */
/**
 * `typed` is what the person wrote, shown back under the message so nothing has to be retyped;
 * `kept` says what was done with it instead (e.g. kept as a note).
 */
export function noticeCard(input: {
  title: string;
  message?: string;
  example?: string;
  typed?: string;
  kept?: string;
  tone?: 'error' | 'ok' | 'info';
}): AdaptiveCard {
  const color = input.tone === 'error' ? 'Attention' : input.tone === 'ok' ? 'Good' : 'Default';
  const data: NoticeCardData = {
    title: input.title,
    // Many refusals are one sentence; saying it as both title and message only repeats it.
    message: !input.message || input.message === input.title ? '' : input.message,
    example: input.example ?? '',
    exampleLine: input.example ? exampleLine(input.example) : '',
    kept: [input.typed ? helpText.youWrote(input.typed) : '', input.kept ?? ''].filter(Boolean).join('\n\n'),
    color,
  };
  return renderCard('notice', data);
}
