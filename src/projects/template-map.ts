import { parseWholeKroner } from './amounts.ts';
import { cellText, type Block, type Cell } from './docx-blocks.ts';
import { dueDateOf } from './plan-dates.ts';
import { afterLabel, COLUMN_PATTERNS, isHelpText, labelOf, normalise, type LabelKey } from './template-002.ts';
import {
  projectPlanSchema,
  type BudgetLine,
  type GroupMember,
  type Milestone,
  type ProjectPlan,
  type ProjectType,
  type SteeringMember,
  type SubGoal,
} from './project.ts';
import { importText as t } from '../i18n/projects.ts';

/** A filled template read into a plan, with what could not be read, in Norwegian, field by field. */
export interface MappedPlan {
  plan: ProjectPlan;
  /** Template fields left empty. */
  missing: string[];
  /** Text that is there but could not be read (an amount, a table the template does not have, …). */
  unreadable: string[];
  /** How many of the template's labels were found: too few, and the file is not the template. */
  labelsFound: number;
  /** Each piece of text with the part of the plan it stood in, for the identity-number check. */
  texts: { part: string; text: string }[];
}

/** Labels that every copy of template 002 carries; a file with fewer than MIN_LABELS of them is not the template. */
const CORE: LabelKey[] = [
  'name',
  'type',
  'applicant',
  'municipalities',
  'steeringGroup',
  'projectGroup',
  'competence',
  'background',
  'mainGoal',
  'furtherWork',
  'budget',
];
export const MIN_LABELS = 5;

// What the guidelines count as overhead (seed 003 section 3, 2024): general organisational services and infrastructure.
const OVERHEAD =
  /(?<!\p{L})(overhead\p{L}*|administrasjon\p{L}*|adm\.?|indirekte\s+kostnad\p{L}*|påslag|husleie|felleskostnad\p{L}*|regnskap\p{L}*|it-\p{L}*|it)(?!\p{L})/iu;
const TICK = /[☒☑✓✔✗✘■]|(?:^|\s)\[?\s*x\s*\]?(?:\s|$)/iu;

/** "Nes, Eidsvoll og Hurdal" → three names. */
export function splitNames(text: string): string[] {
  // Spaces collapsed first, so the separators need no open-ended space on either side (linear on any input).
  return text
    .replace(/[^\S\n]+/gu, ' ')
    .split(/ ?(?:[,;\n]|\/(?!-)| og | samt | & ) ?/iu)
    .map((s) =>
      s
        .replace(/^[-–·•*]\s*/u, '')
        .replace(/\.$/u, '')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * What a project group member's role says about bought-out time: the clause around "frikjøpt"
 * ("Prosjektleder, 50 % frikjøpt" → "50 % frikjøpt"). Found by index, not by a pattern open on both
 * sides, so a huge cell costs one pass.
 */
export function boughtOutOf(role: string): string | null {
  const hit = /frikjøp/iu.exec(role);
  if (!hit) return null;
  const separator = (c: string | undefined) => c === ',' || c === ';' || c === '.';
  let start = hit.index;
  while (start > 0 && !separator(role[start - 1])) start--;
  let end = hit.index;
  while (end < role.length && !separator(role[end])) end++;
  return role.slice(start, end).trim().slice(0, 500) || null;
}

/**
 * The role without its bought-out clause ("Prosjektleder, 50 % frikjøpt" → "Prosjektleder"): the
 * plan keeps the two apart, and the export writes them together again under the role.
 */
export function roleWithout(role: string, boughtOut: string | null): string {
  if (!boughtOut) return role;
  const at = role.indexOf(boughtOut);
  if (at < 0) return role;
  return (role.slice(0, at) + role.slice(at + boughtOut.length))
    .replace(/\s*[,;.]\s*$/u, '')
    .replace(/^\s*[,;.]\s*/u, '')
    .replace(/\s*[,;.]\s*[,;.]\s*/u, ', ')
    .trim();
}

/** "1 Kartlegge …", "1. Kartlegge …", "1) …": the number and the rest. */
function numbered(text: string): { n: number | null; rest: string } {
  const m = /^\s*(\d+)\s*[.)]?\s*(.*)$/su.exec(text);
  return m ? { n: Number(m[1]), rest: m[2]!.trim() } : { n: null, rest: text.trim() };
}

/** Column index → field, when the row is a header row with at least two of the fields. */
function headerColumns<K extends string>(row: Cell[], patterns: Record<K, RegExp>): Map<number, K> | null {
  const columns = new Map<number, K>();
  row.forEach((c, i) => {
    const n = normalise(c.paragraphs[0] ?? '');
    const field = (Object.keys(patterns) as K[]).find((k) => patterns[k].test(n) && ![...columns.values()].includes(k));
    if (field) columns.set(i, field);
  });
  return columns.size >= 2 ? columns : null;
}

/** A cell's own text: help text left out. */
const own = (c: Cell | undefined) =>
  c
    ? c.paragraphs
        .filter((p) => !isHelpText(p))
        .join('\n')
        .trim()
    : '';
const ownParagraphs = (c: Cell | undefined) =>
  c
    ? c.paragraphs
        .filter((p) => !isHelpText(p))
        .map((p) => p.trim())
        .filter(Boolean)
    : [];

/** Rows of a header table as records, help rows and empty rows left out. */
function records<K extends string>(
  rows: Cell[][],
  patterns: Record<K, RegExp>,
): { header: Map<number, K>; rows: { cells: Partial<Record<K, Cell>>; index: number }[] } | null {
  const headerAt = rows.findIndex((r) => headerColumns(r, patterns));
  if (headerAt < 0) return null;
  const header = headerColumns(rows[headerAt]!, patterns)!;
  const out: { cells: Partial<Record<K, Cell>>; index: number }[] = [];
  rows.slice(headerAt + 1).forEach((r, i) => {
    const cells: Partial<Record<K, Cell>> = {};
    header.forEach((field, col) => (cells[field] = r[col]));
    if (r.every((c) => !own(c))) return;
    out.push({ cells, index: i + 1 });
  });
  return { header, rows: out };
}

export function mapTemplate(blocks: Block[]): MappedPlan {
  const missing: string[] = [];
  const unreadable: string[] = [];
  const texts: { part: string; text: string }[] = [];
  const found = new Set<LabelKey>();
  const plan: ProjectPlan = projectPlanSchema.parse({ name: '' });
  let section: LabelKey | null = null;
  const free: Partial<Record<LabelKey, string[]>> = {};
  const types = new Set<ProjectType>();
  let mainGoalAgain = '';

  const amount = (typed: string, what: string): number | null => {
    const cleaned = typed.replace(/^\s*=\s*/u, '').trim();
    if (!cleaned) return null;
    const r = parseWholeKroner(cleaned);
    if (r.ok) return r.kroner;
    unreadable.push(t.amountUnread(what, cleaned));
    return null;
  };

  const readTypes = (text: string) => {
    const n = normalise(text);
    const has = (word: RegExp) => word.test(n) && TICK.test(n.replace(word, ' '));
    if (has(/egeninitiert\S*( prosjekt)?/u)) types.add('egeninitiert');
    if (has(/fosterhjemsprosjekt/u)) types.add('fosterhjemsprosjekt');
  };

  const setValue = (key: LabelKey, value: string) => {
    const v = value.trim();
    if (!v) return;
    switch (key) {
      case 'networkName':
        plan.networkName = v;
        break;
      case 'name':
        plan.name = v;
        break;
      case 'applicant':
        plan.applicant = v;
        break;
      case 'municipalities':
        plan.municipalities = splitNames(v);
        break;
      case 'mainGoal':
        plan.mainGoal = plan.mainGoal ? `${plan.mainGoal}\n${v}` : v;
        break;
      case 'mainGoalAgain':
        mainGoalAgain = mainGoalAgain ? `${mainGoalAgain}\n${v}` : v;
        break;
      case 'grantApplied':
        plan.grant.applied = amount(v, t.grantAppliedWhat);
        break;
      case 'grantReceived':
        plan.grant.received = amount(v, t.grantReceivedWhat);
        break;
      default:
        (free[key] ??= []).push(v);
    }
  };

  /** The leader's lines written as paragraphs ("Navn prosjektleder: …", "Telefonnummer: …"). */
  const leaderLine = (text: string): boolean => {
    const n = normalise(text);
    const field = /^navn/u.test(n)
      ? 'name'
      : /^kommune/u.test(n)
        ? 'municipality'
        : /^telefon/u.test(n)
          ? 'phone'
          : /^e-?post/u.test(n)
            ? 'email'
            : null;
    if (!field || !text.includes(':')) return false;
    plan.leader ??= { name: '', municipality: '', phone: '', email: '' };
    plan.leader[field] ||= afterColon(text);
    return true;
  };

  const paragraph = (text: string) => {
    const key = labelOf(text);
    if (key) {
      found.add(key);
      section = key;
      if (key === 'type') readTypes(afterLabel(text, key));
      else if (key === 'leader') leaderLine(text);
      else setValue(key, afterLabel(text, key));
      return;
    }
    if (isHelpText(text)) return;
    if (section === 'type') return readTypes(text);
    if (section === 'leader' && leaderLine(text)) return;
    if (section) setValue(section, text);
    else unreadable.push(t.textOutside(text));
  };

  /**
   * A table of label and value side by side ("Navn på utviklingsprosjektet:" | "Tryggere overganger"),
   * or with the value after the label in the same cell: each row read as a paragraph would be.
   */
  const labelRows = (rows: Cell[][]): boolean => {
    const labelled = rows.filter((r) => r[0] && labelOf(cellText(r[0])));
    if (!labelled.length) return false;
    for (const r of rows) {
      const head = cellText(r[0]);
      const key = labelOf(head);
      const rest = r.slice(1).map(own).filter(Boolean).join('\n');
      if (key) paragraph(rest && !afterLabel(head, key) ? `${head.replace(/\s*$/u, '')} ${rest}` : head);
      else for (const p of r.flatMap((c) => c.paragraphs)) paragraph(p);
    }
    return true;
  };

  const table = (rows: Cell[][]) => {
    const first = normalise(cellText(rows[0]?.[0]));
    const all = rows.flat();
    for (const c of all) for (const p of c.paragraphs) texts.push({ part: t.parts[section ?? 'name'], text: p });
    // The type boxes: a row per type, the tick in any cell of it.
    if (
      all.some((c) => /^kryss av for type prosjekt/u.test(normalise(cellText(c)))) ||
      rows.some((r) => r.some((c) => /^(egeninitiert prosjekt|fosterhjemsprosjekt)$/u.test(normalise(cellText(c)))))
    ) {
      found.add('type');
      section = 'type';
      for (const r of rows) readTypes(r.map(cellText).join(' '));
      return;
    }
    if (COLUMN_PATTERNS.leader.name.test(first) && /prosjektleder/u.test(first)) {
      found.add('leader');
      section = 'leader';
      return leaderTable(rows);
    }
    if (section === 'steeringGroup' && records(rows, COLUMN_PATTERNS.steeringGroup)) {
      for (const { cells } of records(rows, COLUMN_PATTERNS.steeringGroup)!.rows) {
        const m: SteeringMember = {
          name: own(cells.name),
          municipality: own(cells.municipality),
          position: own(cells.position),
          email: own(cells.email),
        };
        if (m.name || m.municipality || m.position) plan.steeringGroup.push(m);
      }
      return;
    }
    if (section === 'projectGroup' && records(rows, COLUMN_PATTERNS.projectGroup)) {
      for (const { cells } of records(rows, COLUMN_PATTERNS.projectGroup)!.rows) {
        const role = own(cells.role);
        const boughtOut = boughtOutOf(role);
        const m: GroupMember = {
          name: own(cells.name),
          municipality: own(cells.municipality),
          role: roleWithout(role, boughtOut),
          email: own(cells.email),
          phone: own(cells.phone),
          boughtOut,
        };
        if (m.name || m.municipality || m.role) plan.projectGroup.push(m);
      }
      return;
    }
    if (all.some((c) => LABELS_IN_CELL.mainGoal(c))) {
      goalTable(rows);
      // Template 002 repeats the main goal as the first row of the sub-goal table: the rows under
      // that table's header are the sub-goals and milestones, and must not be lost with it.
      const inSame = records(rows, COLUMN_PATTERNS.subGoals);
      if (inSame && inSame.header.size >= 4 && [...inSame.header.values()].includes('goal')) {
        found.add('mainGoalAgain');
        section = null;
        subGoalTable(inSame.rows);
      }
      return;
    }
    if (/^hindringer/u.test(first)) {
      found.add('successHeading');
      section = 'successHeading';
      return obstacleTable(rows);
    }
    const goals = records(rows, COLUMN_PATTERNS.subGoals);
    if (goals && goals.header.size >= 4 && [...goals.header.values()].includes('goal')) {
      found.add('mainGoalAgain');
      section = null;
      return subGoalTable(goals.rows);
    }
    const progress = records(rows, COLUMN_PATTERNS.progress);
    if (progress && [...progress.header.values()].includes('activity')) {
      found.add('progress');
      section = 'progress';
      return progressTable(progress.rows);
    }
    const budget = records(rows, COLUMN_PATTERNS.budget);
    if (budget || section === 'budget') {
      found.add('budget');
      section = 'budget';
      return budgetTable(rows);
    }
    if (labelRows(rows)) return;
    // A table the template has no place for: its text is kept under the section it stood in, or reported.
    const text = rows
      .map((r) => r.map(own).filter(Boolean).join(' – '))
      .filter(Boolean)
      .join('\n');
    if (!text) return;
    if (section && ['competence', 'background', 'furtherWork', 'success'].includes(section)) setValue(section, text);
    else unreadable.push(t.tableUnknown(section ? t.parts[section] : t.parts.name));
  };

  const LABELS_IN_CELL = { mainGoal: (c: Cell) => /^hovedmål\s*:/u.test(normalise(c.paragraphs[0] ?? '')) };

  const leaderTable = (rows: Cell[][]) => {
    const rec = records(rows, COLUMN_PATTERNS.leader);
    let leader = { name: '', municipality: '', phone: '', email: '' };
    if (rec && rec.header.size >= 3) {
      const r = rec.rows[0]?.cells ?? {};
      leader = { name: own(r.name), municipality: own(r.municipality), phone: own(r.phone), email: own(r.email) };
      // The label cells themselves may carry the value ("Navn prosjektleder: Kari Nordmann").
    }
    // Vertical form: label in the first column (or before a colon), value beside it.
    for (const r of rows) {
      const head = cellText(r[0]);
      const value = (r.length > 1 ? own(r[1]) : '') || afterColon(head);
      const n = normalise(head);
      if (!value) continue;
      if (/^navn/u.test(n) && !leader.name) leader.name = value;
      else if (/^kommune/u.test(n) && !leader.municipality) leader.municipality = value;
      else if (/^telefon/u.test(n) && !leader.phone) leader.phone = value;
      else if (/^e-?post/u.test(n) && !leader.email) leader.email = value;
    }
    if (leader.name || leader.municipality || leader.email || leader.phone) plan.leader = leader;
  };

  const goalTable = (rows: Cell[][]) => {
    for (const r of rows)
      for (const [i, c] of r.entries()) {
        const head = c.paragraphs[0] ?? '';
        const key = labelOf(head);
        if (key !== 'mainGoal' && key !== 'mainGoalAgain') continue;
        found.add(key);
        section = key;
        const rest = [
          afterLabel(head, key).replace(/^\(hovedmålet settes på nytt inn her\)\s*/iu, ''),
          ...c.paragraphs.slice(1).filter((p) => !isHelpText(p)),
        ]
          .join('\n')
          .trim();
        const value = rest || own(r[i + 1]);
        setValue(key, value);
      }
  };

  const obstacleTable = (rows: Cell[][]) => {
    for (const r of rows.slice(1)) {
      const obstacle = own(r[0]);
      const measure = own(r[1]);
      if (obstacle || measure) plan.obstacles.push({ obstacle, measure });
    }
  };

  const subGoalTable = (
    rows: { cells: Partial<Record<keyof typeof COLUMN_PATTERNS.subGoals, Cell>>; index: number }[],
  ) => {
    let current: SubGoal | null = null;
    let milestoneNo = milestoneCount();
    for (const { cells, index } of rows) {
      const { n, rest } = numbered(own(cells.goal));
      const activities = ownParagraphs(cells.activity);
      const rowHasContent = rest || activities.length || own(cells.owner) || own(cells.when) || own(cells.checkpoint);
      if (!rowHasContent) continue;
      if (rest || n !== null || !current) {
        current = { id: `d${plan.subGoals.length + 1}`, goal: rest, milestones: [] };
        if (!rest) missing.push(t.subGoalTextMissing(n ?? plan.subGoals.length + 1));
        plan.subGoals.push(current);
      }
      // Several milestones in one cell pair up with the other columns' paragraphs when the counts allow.
      const column = (c: Cell | undefined, k: number, count: number) => {
        const ps = ownParagraphs(c);
        return ps.length === count ? (ps[k] ?? '') : k === 0 ? ps.join('\n') : '';
      };
      const count = Math.max(1, activities.length);
      for (let k = 0; k < count; k++) {
        const when = column(cells.when, k, count);
        const m: Milestone = {
          id: `m${++milestoneNo}`,
          // An imported plan is brought in by an operator: its dated milestones are deadlines at once.
          awaiting: null,
          activity: activities[k] ?? '',
          owner: column(cells.owner, k, count),
          partner: column(cells.partner, k, count),
          when,
          due: dueDateOf(when),
          checkpoint: column(cells.checkpoint, k, count),
          steps: [],
        };
        if (!m.activity) missing.push(t.activityMissing(current.goal || String(index)));
        current.milestones.push(m);
      }
    }
  };

  const milestoneCount = () => plan.subGoals.reduce((n, g) => n + g.milestones.length, 0);

  const progressTable = (
    rows: { cells: Partial<Record<keyof typeof COLUMN_PATTERNS.progress, Cell>>; index: number }[],
  ) => {
    const all = plan.subGoals.flatMap((g) => g.milestones);
    let target: Milestone | null = null;
    let targetNo: number | null = null;
    for (const { cells } of rows) {
      const head = numbered(own(cells.milestone));
      if (head.n !== null) {
        targetNo = head.n;
        target = all[head.n - 1] ?? null;
        if (!target) unreadable.push(t.progressNoMilestone(head.n));
      }
      const activity = own(cells.activity)
        .replace(/^[A-ZÆØÅa-zæøå]\)\s*/u, '')
        .trim();
      const when = own(cells.when);
      if (!activity && !own(cells.owner) && !when) continue;
      if (!target) {
        if (targetNo === null) unreadable.push(t.progressNoMilestone(0));
        continue;
      }
      target.steps.push({
        activity,
        owner: own(cells.owner),
        partner: own(cells.partner),
        when,
        due: dueDateOf(when),
        checkpoint: own(cells.checkpoint),
      });
    }
  };

  const budgetTable = (rows: Cell[][]) => {
    const rec = records(rows, COLUMN_PATTERNS.budget);
    const body = rec ? rows.slice(rows.findIndex((r) => headerColumns(r, COLUMN_PATTERNS.budget)) + 1) : rows;
    for (const r of body) {
      const description = own(r[0]);
      const typed = own(r[1]) || own(r.at(-1));
      if (!description && !typed) continue;
      if (/^sum\b/iu.test(description)) {
        plan.budget.statedTotalText = typed;
        plan.budget.statedTotal = amount(typed, t.sumWhat);
        continue;
      }
      if (!typed) missing.push(t.amountMissing(description));
      const line: BudgetLine = {
        description,
        amount: typed ? amount(typed, description || t.budgetLineWhat) : null,
        amountText: typed,
        overhead: OVERHEAD.test(description),
      };
      plan.budget.lines.push(line);
    }
  };

  for (const b of blocks) {
    if (b.kind === 'p') {
      texts.push({ part: t.parts[labelOf(b.text) ?? section ?? 'name'], text: b.text });
      paragraph(b.text);
    } else table(b.rows);
  }

  // Free text sections, in the template's order.
  plan.competence = (free.competence ?? []).join('\n');
  plan.background = (free.background ?? []).join('\n');
  plan.furtherWork = (free.furtherWork ?? []).join('\n');
  plan.successCriteria = (free.success ?? [])
    .flatMap((s) => s.split('\n'))
    .map((s) => s.replace(/^[-–·•*]\s*/u, '').trim())
    .filter(Boolean);
  if (!plan.mainGoal && mainGoalAgain) plan.mainGoal = mainGoalAgain;
  plan.types = (['egeninitiert', 'fosterhjemsprosjekt'] as const).filter((x) => types.has(x));
  plan.name = plan.name.slice(0, 500);

  if (clampTexts(plan)) unreadable.push(t.cutShort);
  const labelsFound = CORE.filter((k) => found.has(k)).length;
  const need: [boolean, string][] = [
    [!plan.name, t.fields.name],
    [!plan.applicant, t.fields.applicant],
    [!plan.municipalities.length, t.fields.municipalities],
    [!plan.leader?.name, t.fields.leader],
    [!plan.competence, t.fields.competence],
    [!plan.background, t.fields.background],
    [!plan.mainGoal, t.fields.mainGoal],
    [!plan.successCriteria.length, t.fields.success],
    [!plan.subGoals.length, t.fields.subGoals],
    [!plan.furtherWork, t.fields.furtherWork],
    [!plan.budget.lines.length, t.fields.budget],
  ];
  missing.unshift(...need.filter(([isMissing]) => isMissing).map(([, field]) => field));
  return { plan, missing, unreadable, labelsFound, texts };
}

function afterColon(text: string): string {
  const i = text.indexOf(':');
  return i >= 0 ? text.slice(i + 1).trim() : '';
}

/** Fields the schema lets run long (free text); every other text is a line of at most 500 characters. */
const LONG = new Set([
  'competence',
  'background',
  'mainGoal',
  'furtherWork',
  'successCriteria',
  'obstacle',
  'measure',
  'goal',
  'activity',
  'checkpoint',
]);

/** Cuts texts longer than the schema allows, in place, so what was read can always be stored; true when one was cut. */
function clampTexts(value: unknown, key = ''): boolean {
  if (!value || typeof value !== 'object') return false;
  // An array's items are texts of the field that holds the array; an object's are its own fields.
  const fields = value as Record<string, unknown>;
  let cut = false;
  for (const [k, v] of Object.entries(fields)) {
    const field = Array.isArray(value) ? key : k;
    if (typeof v === 'string') {
      const max = LONG.has(field) ? 20_000 : 500;
      if (v.length > max) {
        fields[k] = v.slice(0, max);
        cut = true;
      }
    } else if (clampTexts(v, field)) cut = true;
  }
  return cut;
}
