import type { AdaptiveCard } from '../src/conversation/types.ts';
import { checklistState } from '../src/deadlines/checklist-state.ts';
import type { Deadline } from '../src/deadlines/deadline.ts';
import { deadlineText as t } from '../src/i18n/index.ts';
import { nonWorkingDay } from '../src/deadlines/non-working.ts';
import { holidayName } from '../src/time/holidays.ts';
import { daysBetween, formatLong, formatShort } from '../src/time/local-date.ts';
import { renderCard } from './render.ts';
import { isAuditorItem, type NetworkGrant } from '../src/deadlines/network-grant.ts';
import { formatKroner } from '../src/projects/amounts.ts';
import { fitList, moreLine } from './fit.ts';

export interface DeadlineCardData {
  id: string;
  networkId: string;
  title: string;
  when: string;
  left: string;
  leftColor: 'Attention' | 'Warning' | 'Default' | 'Good';
  kindLabel: string;
  kind: string;
  sourceLabel: string;
  source: string;
  checklistTitle: string;
  /** `on`: what the click asks for (tick an unticked item), so a second click or a replay changes nothing. */
  checklist: {
    text: string;
    item: string;
    deadlineId: string;
    networkId: string;
    tickLabel: string;
    on: 'true' | 'false';
    /** «Gjelder ikke oss» (or «Gjelder oss likevel» to take it back) while the deadline is open; else ''. */
    naLabel: string;
    naOn: 'true' | 'false';
    /** Month s15 #7b: what the registered grants say about the auditor item (review s16 #2); '' otherwise. */
    grantLine: string;
  }[];
  checkHint: string;
  hasChecklist: boolean;
  showChecklist: boolean;
  checklistToggle: string;
  done: string;
  open: boolean;
  /** Only while the deadline day has not gone by: after it, a snooze could only refuse (month 7b N9). */
  canSnooze: boolean;
  scopeLabel: string;
  scopeLine: string;
  labels: { delivered: string; snooze: string; edit: string; reopen: string };
  /** «Flytt til 31.12» while an open deadline sits on a holiday or weekend and the working day before is still ahead; else ''. */
  moveLabel: string;
  moveDate: string;
  /** A word to the one who just changed the deadline (the date is on a holiday); '' on posted cards. */
  note: string;
}

export function deadlineCardData(
  d: Deadline,
  opts: { today: string; showChecklist?: boolean; note?: string; grant?: NetworkGrant | null },
): DeadlineCardData {
  const g = opts.grant;
  const left = daysBetween(opts.today, d.date);
  const open = d.status === 'open';
  const show = opts.showChecklist ?? true;
  const holiday = holidayName(d.date);
  const off = open ? nonWorkingDay(d.date) : null;
  const movable = off && off.before >= opts.today ? off.before : '';
  return {
    id: d.id,
    networkId: d.networkId,
    title: t.cardTitle(d.title),
    when: t.dateLine(
      holiday ? t.dateOnHoliday(formatLong(d.date), holiday.toLocaleLowerCase('nb')) : formatLong(d.date),
      d.time,
    ),
    left: open ? t.daysLeft(left) : '',
    leftColor: !open ? 'Good' : left <= 1 ? 'Attention' : left <= 7 ? 'Warning' : 'Default',
    kindLabel: t.kindLabel,
    kind: t.kinds[d.kind],
    sourceLabel: t.sourceLabel,
    source: d.source,
    checklistTitle: t.checklistTitle,
    checklist: d.checklist.map((item) => {
      const check = (d.checks ?? []).find((c) => c.item === item);
      const na = check?.notApplicable === true;
      return {
        text: !check
          ? `☐ ${item}`
          : na
            ? t.notApplicableLine(item, check.by.name)
            : `☑ ${item} ${t.checkedBy(check.by.name)}`,
        item,
        deadlineId: d.id,
        networkId: d.networkId,
        tickLabel: t.tickLabel,
        // Ticking an item marked «Gjelder ikke oss» makes it ticked: the store keeps one state per item.
        on: check && !na ? 'false' : 'true',
        naLabel: open ? (na ? t.applies : t.notApplicable) : '',
        naOn: na ? 'false' : 'true',
        // Said while the item is still open: once ticked or set aside the network has answered it.
        grantLine:
          open && !check && g && isAuditorItem(item)
            ? g.amount > g.limit
              ? t.auditorOver(g.projects, formatKroner(g.amount), formatKroner(g.limit), g.year)
              : t.auditorUnder(g.projects, g.undated, formatKroner(g.amount), formatKroner(g.limit), g.year)
            : '',
      };
    }),
    checkHint: open ? t.checkHint : '',
    hasChecklist: d.checklist.length > 0,
    showChecklist: show,
    checklistToggle: show ? t.hideChecklist : t.showChecklist,
    done: d.status === 'done' ? t.doneBy(d.doneBy?.name ?? '', d.doneAt ? formatShort(d.doneAt.slice(0, 10)) : '') : '',
    open,
    canSnooze: open && left >= 0,
    scopeLabel: t.scopeLabel,
    scopeLine: d.scope === 'statsforvalter' && d.statsforvalter ? t.scopeStatsforvalter(d.statsforvalter) : '',
    labels: { delivered: t.delivered, snooze: t.snooze, edit: t.edit, reopen: t.reopen },
    moveLabel: movable ? t.moveTo(formatShort(movable).slice(0, 5)) : '',
    moveDate: movable,
    note: opts.note ?? '',
  };
}

export function deadlineCard(d: Deadline, opts: Parameters<typeof deadlineCardData>[1]): AdaptiveCard {
  return renderCard('deadline', deadlineCardData(d, opts));
}

export interface DeadlineListItem {
  id: string;
  networkId: string;
  title: string;
  date: string;
  left: string;
  /** «Sjekkliste: 1 av 4 krysset av», or '' without a checklist (month s13 #7: item 6 in the meeting). */
  checklist: string;
}

export interface DeadlineListCardData {
  title: string;
  empty: string;
  items: DeadlineListItem[];
  /** Open deadlines whose day has gone by: they are no longer coming, and still want a «Levert». */
  passedTitle: string;
  passed: DeadlineListItem[];
  feedHint: string;
  feedLabel: string;
  feedUrl: string;
  /** «… og N til (se fanen)» when Teams' message size left no room for every deadline. */
  more: string;
}

/** `feedUrl` null: the list is shown where others read it, so the secret calendar link is left out (A10). */
/** Ticked of the items that apply: one marked «Gjelder ikke oss» is counted in neither (s12 #12). */
function checklistLine(d: Pick<Deadline, 'checklist' | 'checks'>): string {
  if (!d.checklist.length) return '';
  const list = checklistState(d);
  return t.checklistState(list.ticked, list.applies);
}

export function deadlineListCard(deadlines: Deadline[], opts: { today: string; feedUrl: string | null }): AdaptiveCard {
  const item = (d: Deadline): DeadlineListItem => ({
    id: d.id,
    networkId: d.networkId,
    title: d.title,
    date: formatShort(d.date),
    left: t.daysLeft(daysBetween(opts.today, d.date)),
    checklist: checklistLine(d),
  });
  const coming = deadlines.filter((d) => d.date >= opts.today);
  const passed = deadlines.filter((d) => d.date < opts.today);
  const data: DeadlineListCardData = {
    title: coming.length || !passed.length ? t.listTitle : t.listPassedTitle,
    empty: deadlines.length ? '' : t.listEmpty,
    items: coming.map(item),
    // A heading only over something (N19); with nothing coming the passed ones are the whole card, under its title.
    passedTitle: coming.length && passed.length ? t.listPassedTitle : '',
    passed: passed.map(item),
    feedHint: opts.feedUrl ? t.feedHint : t.feedHintShared,
    feedLabel: t.feedLink,
    feedUrl: opts.feedUrl ?? '',
    more: '',
  };
  const total = data.items.length + data.passed.length;
  return fitList(total, (shown) =>
    renderCard('deadline-list', {
      ...data,
      items: data.items.slice(0, shown),
      passed: data.passed.slice(0, Math.max(0, shown - data.items.length)),
      more: moreLine(total - shown),
    }),
  );
}
