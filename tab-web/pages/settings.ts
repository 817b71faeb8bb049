// Innstillinger: leaders change the series, place, standing agenda, municipalities, leaders and
// retention here (each through the chat command's own use case); members see the values only.
import type { SettingsResponse, SettingsSection, SettingsUpdateResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { ApiError } from '../api.ts';
import { clear, h, type Children } from '../dom.ts';
import { t } from '../i18n.ts';
import type { View } from './content.ts';

const s = t.settings;

function readOnly(data: SettingsResponse): Children {
  const dl = (term: string, ...value: Children[]) => [h('dt', {}, term), h('dd', {}, ...value)];
  return [
    h('p', { class: 'card', role: 'note', id: 'read-only' }, s.readOnly),
    h(
      'dl',
      { class: 'card settings-view' },
      dl(s.series, data.series.text),
      dl(s.place, data.series.place ?? s.noPlace),
      dl(
        s.agenda,
        h(
          'ol',
          {},
          data.standingAgenda.map((a) => h('li', {}, `${a.title} (${t.overview.minutesShort(a.minutes)})`)),
        ),
      ),
      dl(s.municipalities, data.municipalities.join(', ') || '–'),
      dl(s.leaders, data.leaders.map((l) => l.name).join(', ')),
      dl(s.retention, s.retentionValue(data.retention.months, data.retention.isDefault)),
    ),
  ];
}

export async function renderSettings(v: View): Promise<void> {
  const data = await v.api.get<SettingsResponse>(tabApi.settings(v.networkId));
  if (!data.editable) {
    clear(v.main, h('h1', {}, s.title), readOnly(data));
    document.body.dataset.settings = 'read-only';
    return;
  }
  document.body.dataset.settings = 'editable';

  const save = async (section: SettingsSection, body: unknown, form: HTMLFormElement) => {
    const out = form.querySelector('.form-status') as HTMLElement;
    const button = form.querySelector('button[type=submit]') as HTMLButtonElement | null;
    if (button) button.disabled = true;
    try {
      const res = await v.api.put<SettingsUpdateResponse>(tabApi.settingsSection(v.networkId, section), body);
      await renderSettings(v);
      v.announce(res.message);
      const again = v.main.querySelector(`form[data-section="${section}"] .form-status`);
      if (again) {
        again.className = 'form-status';
        again.textContent = res.message;
      }
    } catch (err) {
      out.className = 'form-status error';
      out.setAttribute('role', 'alert');
      out.textContent = err instanceof ApiError ? err.message : t.errors.generic;
      if (button) button.disabled = false;
    }
  };

  const section = (key: SettingsSection, title: string, fields: Children, collect: () => unknown) => {
    const form = h(
      'form',
      { class: 'card', 'data-section': key, 'aria-labelledby': `s-${key}` },
      h('h2', { id: `s-${key}` }, title),
      fields,
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'submit', class: 'primary' }, s.save),
        h('p', { class: 'form-status', role: 'status' }),
      ),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void save(key, collect(), form);
    });
    return form;
  };

  const series = h('input', {
    id: 'series-text',
    value: data.series.text,
    maxlength: 300,
    'aria-describedby': 'series-help',
    size: 40,
  });
  const place = h('input', {
    id: 'place-text',
    value: data.series.place ?? '',
    maxlength: 300,
    'aria-describedby': 'place-help',
    size: 40,
  });
  const municipalities = h('input', {
    id: 'municipalities-text',
    value: data.municipalities.join(', '),
    'aria-describedby': 'municipalities-help',
    size: 40,
  });
  const retention = h('input', {
    id: 'retention-months',
    type: 'number',
    min: data.retention.min,
    max: data.retention.max,
    value: data.retention.months,
    'aria-describedby': 'retention-help',
  });

  const agendaList = h('ol', { class: 'agenda-edit' });
  const agendaRow = (title: string, minutes: number) => {
    const li = h('li');
    const i = () => [...agendaList.children].indexOf(li) + 1;
    const titleInput = h('input', { class: 'agenda-title', value: title, maxlength: 200, size: 36 });
    const minutesInput = h('input', { class: 'agenda-minutes', type: 'number', min: 1, max: 480, value: minutes });
    const remove = h('button', { type: 'button', onclick: () => li.remove() }, '×');
    li.append(h('div', { class: 'row' }, titleInput, minutesInput, remove));
    // Labels follow the item's place in the list.
    queueMicrotask(() => {
      titleInput.setAttribute('aria-label', s.agendaTitle(i()));
      minutesInput.setAttribute('aria-label', s.agendaMinutes(i()));
      remove.setAttribute('aria-label', s.removeItem(i()));
    });
    return li;
  };
  for (const a of data.standingAgenda) agendaList.append(agendaRow(a.title, a.minutes));

  const people = data.people ?? [];
  const candidates = people.filter((p) => p.role !== 'leader');
  const pick = h(
    'select',
    { id: 'leader-pick' },
    h('option', { value: '' }, s.pickPerson),
    candidates.map((p) => h('option', { value: p.id }, p.name)),
  );

  const leadersForm = h(
    'section',
    { class: 'card', 'aria-labelledby': 's-leaders' },
    h('h2', { id: 's-leaders' }, s.leaders),
    h(
      'ul',
      {},
      data.leaders.map((l) =>
        h(
          'li',
          { class: 'row' },
          l.name,
          ' ',
          h(
            'button',
            {
              type: 'button',
              'data-remove-leader': l.id,
              onclick: (e: Event) =>
                void save(
                  'leaders',
                  { action: 'remove', personId: l.id },
                  (e.currentTarget as Element).closest('section')!.querySelector('form')!,
                ),
            },
            s.removeLeader(l.name),
          ),
        ),
      ),
    ),
    section('leaders', s.addLeader, h('label', { for: 'leader-pick' }, s.pickPerson), () => ({
      action: 'add',
      personId: pick.value,
    })),
  );
  // The add form holds the select; its heading repeats the action.
  const addForm = leadersForm.querySelector('form')!;
  addForm.classList.remove('card');
  addForm.insertBefore(pick, addForm.querySelector('.row'));

  clear(
    v.main,
    h('h1', {}, s.title),
    h(
      'div',
      { class: 'grid' },
      section(
        'series',
        s.series,
        [
          h('label', { for: 'series-text' }, s.series),
          series,
          h('p', { id: 'series-help', class: 'muted' }, s.seriesHelp),
        ],
        () => ({
          text: series.value.trim(),
        }),
      ),
      section(
        'place',
        s.place,
        [h('label', { for: 'place-text' }, s.place), place, h('p', { id: 'place-help', class: 'muted' }, s.placeHelp)],
        () => ({
          place: place.value.trim(),
        }),
      ),
      section(
        'agenda',
        s.agenda,
        [agendaList, h('button', { type: 'button', onclick: () => agendaList.append(agendaRow('', 10)) }, s.addItem)],
        () => ({
          items: [...agendaList.children].map((li) => ({
            title: (li.querySelector('.agenda-title') as HTMLInputElement).value.trim(),
            minutes: Number((li.querySelector('.agenda-minutes') as HTMLInputElement).value),
          })),
        }),
      ),
      section(
        'municipalities',
        s.municipalities,
        [
          h('label', { for: 'municipalities-text' }, s.municipalities),
          municipalities,
          h('p', { id: 'municipalities-help', class: 'muted' }, s.municipalitiesHelp),
        ],
        () => ({
          names: municipalities.value
            .split(/[,;\n]/)
            .map((n) => n.trim())
            .filter(Boolean),
        }),
      ),
      section(
        'retention',
        s.retention,
        [
          h('label', { for: 'retention-months' }, `${s.retention} (${s.months})`),
          retention,
          h('p', { id: 'retention-help', class: 'muted' }, s.retentionHelp(data.retention.min, data.retention.max)),
        ],
        () => ({
          months: Number(retention.value),
        }),
      ),
      leadersForm,
    ),
  );
}
