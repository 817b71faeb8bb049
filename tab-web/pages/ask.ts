// Spør: the guideline search, with the same answer chat gives (its text; the cards say the same).
import type { AskResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { ApiError } from '../api.ts';
import { clear, h } from '../dom.ts';
import { t } from '../i18n.ts';
import type { View } from './content.ts';

export async function renderAsk(v: View): Promise<void> {
  const a = t.ask;
  const input = h('textarea', {
    id: 'question',
    name: 'question',
    rows: 3,
    maxlength: 500,
    placeholder: a.placeholder,
    'aria-describedby': 'ask-help',
  });
  const answer = h('section', { id: 'answer', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'primary' }, a.button);
  const form = h(
    'form',
    { class: 'card' },
    h('label', { for: 'question' }, a.label),
    input,
    h('p', { id: 'ask-help', class: 'muted' }, a.help),
    h('div', { class: 'row' }, button),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const question = input.value.trim();
    if (!question) {
      clear(answer, h('p', { class: 'error', role: 'alert' }, a.empty));
      return;
    }
    button.disabled = true;
    clear(answer, h('p', { class: 'status' }, a.thinking));
    try {
      const res = await v.api.post<AskResponse>(tabApi.ask(v.networkId), { question });
      clear(answer, h('div', { class: 'card document answer-text' }, res.text));
    } catch (err) {
      clear(
        answer,
        h('p', { class: 'error', role: 'alert' }, err instanceof ApiError ? err.message : t.errors.generic),
      );
    } finally {
      button.disabled = false;
    }
  });
  clear(v.main, h('h1', {}, a.title), form, answer);
}
