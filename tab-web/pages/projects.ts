// Prosjekter: the network's development projects with the plan check's findings (errors apart from
// advice, each citing its source), the milestones with the deadlines they became and the experience
// log the meetings fill (gjort, lært, lurt). Leaders upload
// the filled-in Word template here; the server runs the same import as the operators' CLI.
import type {
  PlanFinding,
  ProjectExperienceView,
  ProjectImportResponse,
  ProjectsListResponse,
  ProjectView,
} from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { ApiError } from '../api.ts';
import { clear, h } from '../dom.ts';
import { formatDate } from '../format.ts';
import { t } from '../i18n.ts';
import type { View } from './content.ts';

const p = t.projects;
const MAX_BYTES = 10 * 1024 * 1024;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function findingList(kind: 'error' | 'advice', list: PlanFinding[]) {
  if (!list.length) return null;
  const id = `f-${kind}-${Math.random().toString(36).slice(2, 8)}`;
  return h(
    'div',
    { class: 'findings', 'data-kind': kind },
    h('h4', { id }, kind === 'error' ? p.errors : p.advice),
    h(
      'ul',
      { 'aria-labelledby': id },
      list.map((f) =>
        h(
          'li',
          { 'data-rule': f.rule, 'data-severity': f.severity },
          h('span', { class: kind === 'error' ? 'chip overdue' : 'chip warn' }, kind === 'error' ? p.errors : p.advice),
          ' ',
          f.message,
          h('br'),
          h('span', { class: 'muted' }, p.source(f.source)),
        ),
      ),
    ),
  );
}

function findingsOf(findings: PlanFinding[]) {
  if (!findings.length) return h('p', {}, p.noFindings);
  return [
    findingList(
      'error',
      findings.filter((f) => f.severity === 'error'),
    ),
    findingList(
      'advice',
      findings.filter((f) => f.severity === 'advice'),
    ),
  ];
}

/** The log under one heading per kind, in the order the seed names them: gjort, lært, lurt. */
function experienceLog(x: ProjectView) {
  if (!x.experiences.length) return h('p', {}, p.noExperiences);
  const kinds: ProjectExperienceView['kind'][] = ['gjort', 'lært', 'lurt'];
  return h(
    'div',
    { class: 'experiences' },
    kinds.map((kind) => {
      const lines = x.experiences.filter((e) => e.kind === kind);
      if (!lines.length) return null;
      const id = `e-${x.id}-${kind}`;
      return [
        h('h4', { id }, p.experienceKind[kind]),
        h(
          'ul',
          { 'aria-labelledby': id, 'data-kind': kind },
          lines.map((e) =>
            h('li', {}, e.text, ' ', h('span', { class: 'muted' }, `(${p.experienceBy(e.by, formatDate(e.on))})`)),
          ),
        ),
      ];
    }),
  );
}

function projectCard(x: ProjectView) {
  return h(
    'section',
    { class: 'card project', 'data-project-id': x.id, 'aria-labelledby': `p-${x.id}` },
    h('h2', { id: `p-${x.id}` }, `${x.id} – ${x.name}`),
    h(
      'p',
      {},
      h('span', { class: 'chip' }, x.type ? p.type[x.type] : p.noType),
      ' ',
      h('span', { class: 'chip', 'data-summary': '' }, p.summary(x.summary.errors, x.summary.advice)),
    ),
    x.municipalities.length > 0 && h('p', { class: 'muted' }, p.municipalities(x.municipalities)),
    x.mainGoal && h('p', {}, p.mainGoal(x.mainGoal)),
    h('h3', {}, p.findings),
    findingsOf(x.findings),
    h('h3', {}, p.milestones),
    x.milestones.length === 0
      ? h('p', {}, p.noMilestones)
      : h(
          'table',
          { class: 'milestones' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, p.columns.activity),
              h('th', { scope: 'col' }, p.columns.owner),
              h('th', { scope: 'col' }, p.columns.when),
              h('th', { scope: 'col' }, p.columns.deadline),
            ),
          ),
          h(
            'tbody',
            {},
            x.milestones.map((m) =>
              h(
                'tr',
                { 'data-milestone-id': m.id },
                h('th', { scope: 'row' }, m.activity),
                h('td', {}, m.owner || h('span', { class: 'muted' }, p.noOwner)),
                h('td', {}, m.when),
                h(
                  'td',
                  { 'data-deadline-id': m.deadline?.id ?? null },
                  m.deadline
                    ? [
                        p.deadline(m.deadline.id, formatDate(m.deadline.date)),
                        m.deadline.status === 'done' ? ` (${p.delivered})` : '',
                      ]
                    : h('span', { class: 'muted' }, p.noDeadline(m.due)),
                ),
              ),
            ),
          ),
        ),
    h('h3', {}, p.experiences),
    experienceLog(x),
  );
}

/** The raw .docx to the server, with upload progress (fetch has none). */
function send(v: View, file: File, onProgress: (pct: number) => void): Promise<ProjectImportResponse> {
  return v.session.token().then(
    (token) =>
      new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', tabApi.projectImport(v.networkId));
        xhr.setRequestHeader('authorization', `Bearer ${token}`);
        xhr.setRequestHeader('content-type', DOCX);
        xhr.setRequestHeader('accept', 'application/json');
        xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
        xhr.onerror = () => reject(new ApiError(0, t.errors.network));
        xhr.onload = () => {
          let data: unknown = null;
          try {
            data = JSON.parse(xhr.responseText);
          } catch {
            /* not JSON */
          }
          if (xhr.status === 200) return resolve(data as ProjectImportResponse);
          const message = (data as { error?: unknown } | null)?.error;
          reject(new ApiError(xhr.status, typeof message === 'string' && message ? message : t.errors.generic));
        };
        xhr.send(file);
      }),
    () => Promise.reject(new ApiError(401, t.errors.token)),
  );
}

function uploadForm(v: View, listEl: HTMLElement) {
  const input = h('input', {
    type: 'file',
    id: 'plan-file',
    name: 'plan',
    accept: `.docx,${DOCX}`,
    'aria-describedby': 'plan-help',
  });
  const button = h('button', { type: 'submit', class: 'primary', id: 'plan-send' }, p.send);
  const progress = h('progress', { id: 'plan-progress', max: 100, value: 0, hidden: true });
  const status = h('p', { id: 'plan-status', role: 'status', 'aria-live': 'polite' });
  const error = h('div', { id: 'plan-error', class: 'error', role: 'alert', hidden: true });
  const result = h('div', { id: 'plan-result' });

  const showError = (message: string, extra?: string) => {
    clear(error, h('p', {}, message), extra && h('p', {}, extra));
    error.hidden = false;
    status.textContent = '';
    progress.hidden = true;
  };

  async function submit(e: Event) {
    e.preventDefault();
    error.hidden = true;
    clear(result);
    const file = input.files?.[0];
    if (!file) return showError(p.pickFirst);
    if (file.size > MAX_BYTES) return showError(p.tooBig((file.size / 1024 / 1024).toFixed(1).replace('.', ',')));
    button.disabled = true;
    input.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = p.sending(0);
    try {
      const res = await send(v, file, (pct) => {
        progress.value = pct;
        status.textContent = pct >= 100 ? p.reading : p.sending(pct);
      });
      progress.hidden = true;
      // #plan-status is the live region: announcing it again said the sentence twice.
      status.textContent = res.message;
      document.body.dataset.lastAction = res.message;
      await renderList(v, listEl);
      clear(
        result,
        res.unreadable.length
          ? [
              h('h4', {}, p.unreadable),
              h(
                'ul',
                { id: 'plan-unreadable' },
                res.unreadable.map((u) => h('li', {}, u)),
              ),
            ]
          : null,
        res.missing.length
          ? [
              h('h4', {}, p.missing),
              h(
                'ul',
                { id: 'plan-missing' },
                res.missing.map((m) => h('li', {}, m)),
              ),
            ]
          : null,
        !res.unreadable.length && !res.missing.length && h('p', {}, p.everythingRead),
      );
      input.value = '';
    } catch (err) {
      showError(
        err instanceof ApiError ? err.message : t.errors.generic,
        err instanceof ApiError && err.status === 400 ? p.refused : undefined,
      );
    } finally {
      button.disabled = false;
      input.disabled = false;
    }
  }

  return h(
    'section',
    { class: 'card upload', 'aria-labelledby': 'upload-title' },
    h('h2', { id: 'upload-title' }, p.upload),
    h('p', { id: 'plan-help', class: 'muted' }, p.uploadHelp),
    h(
      'form',
      { onsubmit: (e: Event) => void submit(e) },
      h('label', { for: 'plan-file' }, p.file),
      ' ',
      input,
      ' ',
      h('div', { class: 'actions' }, button),
    ),
    progress,
    status,
    error,
    result,
  );
}

async function renderList(v: View, into: HTMLElement): Promise<ProjectsListResponse> {
  const data = await v.api.get<ProjectsListResponse>(tabApi.projects(v.networkId));
  clear(
    into,
    data.projects.length === 0
      ? h('p', {}, data.role === 'leader' ? p.emptyLeader : p.empty)
      : data.projects.map(projectCard),
  );
  return data;
}

export async function renderProjects(v: View): Promise<void> {
  const listEl = h('div', { id: 'project-list' });
  const data = await renderList(v, listEl);
  clear(v.main, h('h1', {}, p.title), data.role === 'leader' && uploadForm(v, listEl), listEl);
}
