// Oversikt: the next meeting with its agenda, open and overdue tasks by owner and municipality,
// the deadlines of the next 12 months, the last minutes' approval and the meeting series.
import type { OverviewResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { clear, h } from '../dom.ts';
import { formatDate, formatLongDate } from '../format.ts';
import { t } from '../i18n.ts';
import type { View } from './content.ts';

const o = t.overview;

function countTable(
  caption: string,
  head: string,
  rows: { name: string; open: number; overdue: number }[],
): HTMLElement {
  return h(
    'table',
    {},
    h('caption', { class: 'visually-hidden' }, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, head),
        h('th', { scope: 'col' }, o.open),
        h('th', { scope: 'col' }, o.overdue),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, r.name),
          h('td', {}, r.open),
          h('td', {}, r.overdue ? h('span', { class: 'chip overdue' }, r.overdue) : '0'),
        ),
      ),
    ),
  );
}

export async function renderOverview(v: View): Promise<void> {
  const data = await v.api.get<OverviewResponse>(tabApi.overview(v.networkId));

  const meeting = data.nextMeeting
    ? h(
        'section',
        { class: 'card', 'aria-labelledby': 'next-meeting' },
        h('h2', { id: 'next-meeting' }, o.nextMeeting),
        h('p', {}, h('strong', {}, formatLongDate(data.nextMeeting.date)), ` ${data.nextMeeting.time}`),
        data.nextMeeting.note && h('p', { class: 'muted' }, data.nextMeeting.note),
        data.nextMeeting.place && h('p', {}, o.place(data.nextMeeting.place)),
        data.nextMeeting.agenda.length > 0 && h('h3', {}, o.agenda),
        data.nextMeeting.agenda.length > 0 &&
          h(
            'ol',
            { class: 'agenda' },
            data.nextMeeting.agenda.map((a) =>
              h(
                'li',
                {},
                a.title,
                ' ',
                h('span', { class: 'muted' }, o.minutesShort(a.minutes)),
                a.owner && h('span', { class: 'muted' }, ` · ${o.itemOwner(a.owner)}`),
                a.lines.length > 0 &&
                  h(
                    'ul',
                    {},
                    a.lines.map((l) => h('li', {}, l)),
                  ),
              ),
            ),
          ),
      )
    : h(
        'section',
        { class: 'card', 'aria-labelledby': 'next-meeting' },
        h('h2', { id: 'next-meeting' }, o.nextMeeting),
        h('p', {}, o.noMeeting),
      );

  // Every overdue task once (a task with two owners stands under both in byOwner), oldest due first.
  const overdue = [
    ...new Map(
      data.tasks.byOwner
        .flatMap((r) => r.tasks)
        .filter((x) => x.overdue && x.due)
        .map((x) => [x.id, x]),
    ).values(),
  ].sort((a, b) => a.due!.localeCompare(b.due!));
  const tasks = h(
    'section',
    { class: 'card', 'aria-labelledby': 'tasks-title' },
    h('h2', { id: 'tasks-title' }, h('a', { href: v.href('tasks'), 'data-go': 'tasks' }, o.tasks)),
    h('p', {}, o.taskCounts(data.tasks.open, data.tasks.overdue)),
    data.tasks.open === 0
      ? h('p', { class: 'muted' }, o.noTasks)
      : [
          h('h3', {}, o.byOwner),
          countTable(
            o.byOwner,
            o.owner,
            data.tasks.byOwner.map((r) => ({ name: r.owner, open: r.open, overdue: r.overdue })),
          ),
          data.tasks.byMunicipality.length > 0 && h('h3', {}, o.byMunicipality),
          data.tasks.byMunicipality.length > 0 &&
            countTable(
              o.byMunicipality,
              o.municipality,
              data.tasks.byMunicipality.map((r) => ({ name: r.municipality, open: r.open, overdue: r.overdue })),
            ),
          overdue.length > 0 && h('h3', {}, o.overdueList),
          overdue.length > 0 &&
            h(
              'ul',
              { class: 'overdue-tasks' },
              overdue.map((task) =>
                h(
                  'li',
                  {},
                  task.text,
                  ' ',
                  h('span', { class: 'muted' }, `– ${task.owners.join(', ')}, ${o.dueWas(formatDate(task.due!))}`),
                ),
              ),
            ),
        ],
  );

  const deadlines = h(
    'section',
    { class: 'card', 'aria-labelledby': 'deadlines-title' },
    h('h2', { id: 'deadlines-title' }, h('a', { href: v.href('deadlines'), 'data-go': 'deadlines' }, o.deadlines)),
    data.deadlines.length === 0
      ? h('p', { class: 'muted' }, o.noDeadlines)
      : h(
          'ul',
          { class: 'deadlines' },
          data.deadlines.map((d) =>
            h(
              'li',
              {},
              h('strong', {}, formatDate(d.date)),
              ` ${d.title} `,
              h(
                'span',
                { class: d.daysLeft < 0 ? 'chip overdue' : d.daysLeft <= 14 ? 'chip warn' : 'chip' },
                t.days(d.daysLeft),
              ),
            ),
          ),
        ),
    data.deadlinesMore > 0 &&
      h(
        'p',
        { class: 'muted' },
        h('a', { href: v.href('deadlines'), 'data-go': 'deadlines' }, o.moreDeadlines(data.deadlinesMore)),
      ),
  );

  const last = data.lastMinutes;
  const minutes = h(
    'section',
    { class: 'card', 'aria-labelledby': 'minutes-title' },
    h('h2', { id: 'minutes-title' }, o.lastMinutes),
    last
      ? [
          h(
            'p',
            {},
            h('strong', {}, formatDate(last.date)),
            ` ${last.title} `,
            h('span', { class: last.approved ? 'chip ok' : 'chip warn' }, last.approved ? o.approved : o.notApproved),
          ),
          h('p', {}, last.approvalText),
          h(
            'p',
            {},
            h(
              'a',
              {
                href: v.href('minutes', { meeting: last.meetingId }),
                'data-go': 'minutes',
                'data-meeting': last.meetingId,
              },
              o.openMinutes,
            ),
          ),
        ]
      : h('p', { class: 'muted' }, o.noMinutes),
  );

  const series = h(
    'section',
    { class: 'card', 'aria-labelledby': 'series-title' },
    h('h2', { id: 'series-title' }, o.series),
    h('p', {}, data.series.text),
    data.series.place && h('p', {}, o.place(data.series.place)),
  );

  clear(
    v.main,
    h('h1', {}, data.network.name, ' ', h('span', { class: 'chip' }, t.role[data.role])),
    h('div', { class: 'grid' }, meeting, tasks, deadlines, minutes, series),
  );
}
