/**
 * `npm run plan -- check <plan.docx|plan.json> [--json]`: the plan check on a filled template 002
 * (or a plan as JSON); with --json one JSON object per finding and line: rule, severity, message,
 * source. Exit 0 when no finding is an error, 1 when one is, 2 when the file cannot be read.
 *
 * `npm run plan -- import <plan.docx> --tenant <id> --network <id> [--json]` (operators): stores the
 * plan as a new project of that network in DATABASE_URL (default sqlite:./data/nettverksboten.db)
 * and prints what could not be read and the findings.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { cliText as t, importText } from '../i18n/projects.ts';
import { openToolStore } from '../store/open-tool.ts';
import type { Store } from '../store/store.ts';
import { systemClock } from '../time/clock.ts';
import { importPlan, readPlanDocx, type ImportRefusal } from './import.ts';
import { checkPlan, type Finding } from './plan-check.ts';
import { milestonesOf, projectPlanSchema, type ProjectPlan } from './project.ts';
import { guard } from '../privacy/guard.ts';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const stdio: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };

const refusalText = (r: ImportRefusal, part?: string, message?: string) =>
  message ?? (r === 'national-id' ? importText.refused['national-id'](part ?? '') : importText.refused[r]);

function option(argv: string[], name: string): string | null {
  const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return null;
  return argv[at]!.includes('=') ? argv[at]!.slice(name.length + 1) : (argv[at + 1] ?? '');
}

function positional(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--tenant' || a === '--network') i++;
    else if (!a.startsWith('--')) out.push(a);
  }
  return out;
}

/** A plan from a .docx (by its first bytes, whatever the name) or from JSON: a plan, or a project holding one. */
async function readPlan(file: string, io: Io): Promise<{ plan: ProjectPlan; notes: string[] } | null> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    io.err(t.cannotOpen(file));
    return null;
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const r = await readPlanDocx(bytes);
    if (!r.ok) {
      io.err(refusalText(r.refusal, r.part, r.message));
      return null;
    }
    return { plan: r.plan, notes: [...r.missing, ...r.unreadable] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    io.err(t.notJsonOrDocx(file));
    return null;
  }
  const candidate = raw && typeof raw === 'object' && 'plan' in raw ? (raw as { plan: unknown }).plan : raw;
  const parsed = projectPlanSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    io.err(t.badJson(issue.path.join('.') || '(rot)', issue.message));
    return null;
  }
  if (!guard(JSON.stringify(parsed.data)).ok) {
    io.err(importText.refused['national-id'](t.jsonPart));
    return null;
  }
  return { plan: parsed.data, notes: [] };
}

/**
 * The notes to print beside the findings: a budget amount that could not be read is the check's
 * error (budget-amount-unread), and said once, there.
 */
function notesBeside(notes: string[], plan: ProjectPlan): string[] {
  const inCheck = new Set(
    plan.budget.lines
      .filter((l) => l.amount === null && l.amountText.trim())
      .map((l) => importText.amountUnread(l.description, l.amountText.replace(/^\s*=\s*/u, '').trim())),
  );
  return notes.filter((n) => !inCheck.has(n));
}

const asLine = (f: Finding) =>
  JSON.stringify({ rule: f.rule, severity: f.severity, message: f.message, source: f.source });

function printFindings(findings: Finding[], json: boolean, io: Io): void {
  if (json) {
    for (const f of findings) io.out(asLine(f));
    return;
  }
  if (!findings.length) io.out(t.noFindings);
  for (const f of findings) {
    io.out(`${f.severity === 'error' ? t.error : t.advice}  ${f.message}`);
    io.out(`        ${t.source}: ${f.source} [${f.rule}]`);
  }
}

export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: Io = stdio,
  openStore: (url: string) => Promise<Store> = (url) => openToolStore(url, 'nettverksboten-plan'),
): Promise<number> {
  const json = argv.includes('--json');
  const [command, file, ...rest] = positional(argv);
  if (!command || !file || rest.length || !['check', 'import'].includes(command)) {
    io.err(t.usage);
    return 2;
  }
  if (command === 'check') {
    const read = await readPlan(file, io);
    if (!read) return 2;
    if (!json) for (const n of notesBeside(read.notes, read.plan)) io.out(`${t.note}  ${n}`);
    const findings = checkPlan(read.plan);
    printFindings(findings, json, io);
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  }

  const tenantId = option(argv, '--tenant');
  const networkId = option(argv, '--network');
  if (!tenantId || !networkId) {
    io.err(t.importNeedsNetwork);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    io.err(t.cannotOpen(file));
    return 2;
  }
  const url = env.DATABASE_URL?.trim() || 'sqlite:./data/nettverksboten.db';
  // A missing SQLite file would be created empty; the operator has mistyped the path.
  if (url.startsWith('sqlite:') && !existsSync(url.slice('sqlite:'.length))) {
    io.err(t.noDatabase(url.slice('sqlite:'.length)));
    return 2;
  }
  const store = await openStore(url);
  try {
    const network = await store.networks.get(tenantId, networkId);
    if (!network) {
      const known = (await store.networks.listActive(tenantId)).map((n) => `${n.networkId} (${n.name})`);
      io.err(t.noSuchNetwork(tenantId, networkId, known));
      return 2;
    }
    const r = await importPlan(
      store,
      { tenantId, networkId, by: { id: 'cli', name: t.operator }, now: systemClock.now() },
      bytes,
    );
    if (!r.ok) {
      io.err(refusalText(r.refusal, r.part, r.message));
      return 2;
    }
    if (json) {
      io.out(
        JSON.stringify({
          project: r.project.id,
          name: r.project.plan.name,
          network: network.name,
          missing: r.missing,
          unreadable: r.unreadable,
          findings: r.findings,
        }),
      );
      return 0;
    }
    io.out(
      `${(r.replaced ? importText.replaced : importText.imported)(r.project.id, r.project.plan.name)} ${t.inNetwork(network.name)}`,
    );
    if (r.missing.length) io.out([importText.missingHeading, ...r.missing.map((m) => `  - ${m}`)].join('\n'));
    const unreadable = notesBeside(r.unreadable, r.project.plan);
    if (unreadable.length) io.out([importText.unreadableHeading, ...unreadable.map((m) => `  - ${m}`)].join('\n'));
    if (!r.missing.length && !r.unreadable.length) io.out(importText.everythingRead);
    // The bot's deadlines and nudges are planned inside the bot; from here the leader is told how to start them.
    const dated = milestonesOf(r.project.plan).filter(({ milestone }) => milestone.due).length;
    if (dated) io.out(t.milestonesLater(dated, r.project.id));
    printFindings(r.findings, false, io);
    return 0;
  } finally {
    await store.close();
  }
}

const entry = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === entry) process.exitCode = await main(process.argv.slice(2));
