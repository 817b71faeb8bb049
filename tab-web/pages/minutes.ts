// Referater: the archive, full-text search over decisions, notes and tasks, and one set of
// minutes opened with its .docx and .md downloads.
import type { MinutesDocument, MinutesListResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { clear, h } from '../dom.ts';
import { formatDate, formatLongDate } from '../format.ts';
import { t } from '../i18n.ts';
import type { View } from './content.ts';

const m = t.minutes;

export async function renderMinutes(v: View): Promise<void> {
  const meeting = v.params.get('meeting');
  if (meeting) return renderDocument(v, meeting);
  const q = (v.params.get('q') ?? '').trim();
  const data = await v.api.get<MinutesListResponse>(
    `${tabApi.minutes(v.networkId)}${q ? `?${new URLSearchParams({ q })}` : ''}`,
  );

  const input = h('input', {
    type: 'search',
    id: 'minutes-q',
    name: 'q',
    value: q,
    placeholder: m.placeholder,
    maxlength: 200,
    autocomplete: 'off',
  });
  const form = h(
    'form',
    { role: 'search', class: 'card' },
    h('label', { for: 'minutes-q' }, m.searchLabel),
    h(
      'div',
      { class: 'row' },
      input,
      h('button', { type: 'submit', class: 'primary' }, m.searchButton),
      q && h('a', { href: v.href('minutes'), 'data-go': 'minutes' }, m.clear),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = input.value.trim();
    v.go('minutes', next ? { q: next } : {});
  });

  const link = (meetingId: string, label: string) =>
    h('a', { href: v.href('minutes', { meeting: meetingId }), 'data-go': 'minutes', 'data-meeting': meetingId }, label);

  const hits =
    data.hits !== undefined &&
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'hits-title' },
      h('h2', { id: 'hits-title' }, m.hits(data.hits.length, data.query ?? q)),
      data.hits.length > 0 &&
        h(
          'ol',
          { class: 'hits' },
          data.hits.map((hit) =>
            h(
              'li',
              {},
              h('span', { class: 'chip' }, m.kinds[hit.kind]),
              ' ',
              hit.text,
              h('br'),
              h('span', { class: 'muted' }, `${hit.itemTitle} · `),
              link(hit.meetingId, formatDate(hit.date)),
            ),
          ),
        ),
    );

  const archive = h(
    'section',
    { class: 'card', 'aria-labelledby': 'archive-title' },
    h('h2', { id: 'archive-title' }, m.archive),
    data.meetings.length === 0
      ? h('p', { class: 'muted' }, m.empty)
      : h(
          'ul',
          { class: 'archive' },
          data.meetings.map((row) =>
            h(
              'li',
              {},
              link(row.meetingId, `${formatDate(row.date)}${row.time ? ` ${row.time}` : ''} ${row.title}`),
              ' ',
              h(
                'span',
                { class: row.approved ? 'chip ok' : 'chip warn' },
                row.approved ? t.overview.approved : t.overview.notApproved,
              ),
              h('br'),
              h('span', { class: 'muted' }, m.counts(row.counts)),
            ),
          ),
        ),
  );

  clear(v.main, h('h1', {}, m.title), form, hits, archive);
  if (q) v.announce(m.hits(data.hits?.length ?? 0, q));
}

async function renderDocument(v: View, meetingId: string): Promise<void> {
  const doc = await v.api.get<MinutesDocument>(tabApi.minutesDoc(v.networkId, meetingId));
  const people = (label: string, names: string[]) =>
    names.length > 0 && h('p', {}, h('strong', {}, `${label}: `), names.join(', '));
  const taskLine = (task: { text: string; owners?: string[]; due: string | null }) =>
    h(
      'li',
      {},
      task.text,
      task.owners && task.owners.length ? ` – ${task.owners.join(', ')}` : '',
      task.due ? ` (${m.due(formatDate(task.due))})` : '',
    );

  clear(
    v.main,
    h('p', {}, h('a', { href: v.href('minutes'), 'data-go': 'minutes' }, m.back)),
    h(
      'article',
      { class: 'card', 'aria-labelledby': 'doc-title' },
      h('h1', { id: 'doc-title' }, doc.title),
      h(
        'p',
        {},
        formatLongDate(doc.date),
        ' ',
        h(
          'span',
          { class: doc.approved ? 'chip ok' : 'chip warn' },
          doc.approved ? t.overview.approved : t.overview.notApproved,
        ),
      ),
      h('p', {}, doc.approvalText),
      h(
        'p',
        { class: 'row downloads' },
        h('strong', {}, `${m.download}:`),
        h('a', { href: doc.downloads.docx, download: '', class: 'button' }, m.docx),
        h('a', { href: doc.downloads.md, download: '', class: 'button' }, m.md),
      ),
      people(m.present, doc.present),
      people(m.absent, doc.absent),
      people(m.notRegistered, doc.notRegistered),
      doc.previous &&
        h('p', { class: 'muted' }, m.previous(formatDate(doc.previous.meetingDate), doc.previous.approved)),
      doc.corrections.map((c) => h('p', { class: 'muted' }, m.corrected(c.date, c.by))),
      doc.items.map((item) =>
        h(
          'section',
          { class: 'item' },
          h('h2', {}, `${item.index}. ${item.title}`),
          item.decisions.length > 0 && [
            h('h3', {}, m.decisions),
            h(
              'ul',
              {},
              item.decisions.map((d) => h('li', {}, d)),
            ),
          ],
          item.notes.length > 0 && [
            h('h3', {}, m.notes),
            h(
              'ul',
              {},
              item.notes.map((n) => h('li', {}, n)),
            ),
          ],
          item.tasks.length > 0 && [h('h3', {}, m.tasks), h('ul', {}, item.tasks.map(taskLine))],
          item.decisions.length + item.notes.length + item.tasks.length === 0 && h('p', { class: 'muted' }, m.nothing),
        ),
      ),
      doc.tasksByOwner.length > 0 && [
        h('h2', {}, m.tasksByOwner),
        doc.tasksByOwner.map((g) => [h('h3', {}, g.owner), h('ul', {}, g.tasks.map(taskLine))]),
      ],
    ),
  );
}
