import { localDateOf } from '../time/local-date.ts';
import type { Person } from '../networks/network.ts';
import type { Store } from '../store/store.ts';
import { guard } from '../privacy/guard.ts';
import { checkDocx, type DocxProblem } from './docx-safety.ts';
import { readBlocks } from './docx-blocks.ts';
import { mapTemplate, MIN_LABELS } from './template-map.ts';
import { checkPlan, type Finding } from './plan-check.ts';
import type { Project, ProjectPlan } from './project.ts';

export type ImportRefusal = DocxProblem | 'not-template' | 'national-id' | 'child' | 'empty';

/** A plan read from the Word template, not stored yet. */
export interface ReadPlan {
  plan: ProjectPlan;
  /** Template fields left empty, in Norwegian. */
  missing: string[];
  /** Text that could not be read, in Norwegian. */
  unreadable: string[];
}

/** `message`: the guard's own words for a refusal it made (a child's name: what gave it away, with an example). */
export type ReadResult =
  ({ ok: true } & ReadPlan) | { ok: false; refusal: ImportRefusal; part?: string; message?: string };

/**
 * Reads a filled-in template 002 from .docx bytes: size and zip checked before anything inflates
 * (see checkDocx), the body read with mammoth, the fields mapped, and every piece of text passed
 * through the privacy guard. Pure: stores nothing.
 */
export async function readPlanDocx(bytes: Uint8Array): Promise<ReadResult> {
  if (!bytes.length) return { ok: false, refusal: 'empty' };
  const safe = checkDocx(bytes);
  if (!safe.ok) return { ok: false, refusal: safe.problem };
  let blocks;
  try {
    blocks = await readBlocks(bytes);
  } catch {
    return { ok: false, refusal: 'damaged' };
  }
  const mapped = mapTemplate(blocks);
  if (mapped.labelsFound < MIN_LABELS) return { ok: false, refusal: 'not-template' };
  for (const { part, text } of mapped.texts) {
    const g = guard(text);
    if (!g.ok) return refusedBy(g, part);
  }
  // The guard reads each paragraph as Word holds it, with a line break as a line break; the plan
  // stores a field's lines joined, so "010190<w:br/>12345" is one number there. Read what is stored.
  const whole = guard(JSON.stringify(mapped.plan).replace(/\\[nrt]/g, ' '));
  if (!whole.ok) return refusedBy(whole);
  return { ok: true, plan: mapped.plan, missing: mapped.missing, unreadable: mapped.unreadable };
}

/** A child's name is refused in the guard's words (review 2, item 8), not as a fødselsnummer. */
function refusedBy(g: { message: string; child?: unknown }, part?: string): ReadResult {
  if (g.child) return { ok: false, refusal: 'child', message: g.message, ...(part ? { part } : {}) };
  return { ok: false, refusal: 'national-id', ...(part ? { part } : {}) };
}

/** Where an imported plan goes, and who brought it. */
export interface ImportScope {
  tenantId: string;
  networkId: string;
  by: Person;
  now: Date;
}

export type ImportResult =
  | ({
      ok: true;
      project: Project;
      findings: Finding[];
      /** A project of that name was there and got the new plan. */ replaced: boolean;
    } & ReadPlan)
  | { ok: false; refusal: ImportRefusal; part?: string; message?: string };

/**
 * Reads the .docx and stores it as a new project of the network, in one write: a refused or
 * unreadable file stores nothing. The tab's upload and the operators' CLI both call this.
 */
export async function importPlan(store: Store, scope: ImportScope, bytes: Uint8Array): Promise<ImportResult> {
  const read = await readPlanDocx(bytes);
  if (!read.ok) return read;
  // A corrected plan uploaded again is the same project (same name): it replaces the plan and keeps
  // the id, so milestones, answers and deadlines follow it instead of a copy appearing beside it.
  const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');
  const existing = read.plan.name
    ? (await store.projects.list(scope.tenantId, scope.networkId)).find((p) => sameName(p.plan.name, read.plan.name))
    : undefined;
  if (existing) {
    const changed = await store.projects.change(
      scope.tenantId,
      scope.networkId,
      existing.id,
      () => read.plan,
      scope.now,
    );
    if (changed) {
      return {
        ok: true,
        project: changed,
        findings: checkPlan(changed.plan, undefined, localDateOf(scope.now)),
        plan: changed.plan,
        missing: read.missing,
        unreadable: read.unreadable,
        replaced: true,
      };
    }
  }
  const project = await store.projects.create({
    tenantId: scope.tenantId,
    networkId: scope.networkId,
    plan: read.plan,
    origin: 'import',
    createdBy: scope.by,
    createdAt: scope.now.toISOString(),
  });
  return {
    ok: true,
    project,
    findings: checkPlan(project.plan, undefined, localDateOf(scope.now)),
    plan: project.plan,
    missing: read.missing,
    unreadable: read.unreadable,
    replaced: false,
  };
}
