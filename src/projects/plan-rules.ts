import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeDir } from '../guidelines/knowledge.ts';
import { auditorLimit, overheadLimit } from '../guidelines/computed.ts';
import type { KnowledgeEntry, Source } from '../guidelines/types.ts';

/**
 * The figures the plan check applies, read from the guideline knowledge base (the same entries the
 * bot answers questions from), so a rule stands in one place and the check cites what the entry
 * cites. When the knowledge base loses an entry or its figure, loading fails loudly rather than
 * checking plans against a number nobody wrote down.
 */
export interface PlanRules {
  /** Fewest child welfare services a project must take in (seed 000, 2022). */
  minServices: { count: number; source: Source };
  /** Overhead ceiling, percent of the grant to the project (seed 003 section 3, 2024). */
  overhead: { percent: number; source: Source };
  /** Grants above this need auditor attestation (seed 003 section 3, 2024). */
  auditor: { limit: number; source: Source };
  /** Template 002's own sections: one type, the main goal, owner and date per milestone, the budget sum. */
  projectType: Source;
  mainGoal: Source;
  owner: Source;
  when: Source;
  budget: Source;
}

const WORD_NUMBERS: Record<string, number> = { to: 2, tre: 3, fire: 4, fem: 5 };

/** "minst to barneverntjenester", "minst 2 barneverntjenester". */
export function minimumServices(text: string): number | undefined {
  const m = /\bminst\s+(\d+|to|tre|fire|fem)\s+barnevern\w*tjenester/i.exec(text);
  if (!m) return undefined;
  return /^\d+$/.test(m[1]!) ? Number(m[1]) : WORD_NUMBERS[m[1]!.toLowerCase()];
}

export function planRulesFrom(entries: readonly KnowledgeEntry[]): PlanRules {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const entry = (id: string): KnowledgeEntry => {
    const e = byId.get(id);
    if (!e) throw new Error(`plan check: knowledge entry ${id} is missing`);
    return e;
  };
  const figure = <T>(id: string, read: (text: string) => T | undefined): T => {
    const v = read(entry(id).answer);
    if (v === undefined) throw new Error(`plan check: knowledge entry ${id} states no figure`);
    return v;
  };
  return {
    minServices: {
      count: figure('ov-minst-to-tjenester', minimumServices),
      source: entry('ov-minst-to-tjenester').source,
    },
    overhead: { percent: figure('rf-overhead', overheadLimit), source: entry('rf-overhead').source },
    auditor: { limit: figure('rf-revisor', auditorLimit), source: entry('rf-revisor').source },
    projectType: entry('pm-prosjekttype').source,
    mainGoal: entry('pm-hovedmal').source,
    owner: entry('pm-ansvar').source,
    when: entry('pm-naar').source,
    budget: entry('pm-budsjettlinjer').source,
  };
}

let cached: PlanRules | null = null;

/** The rules from the shipped knowledge base, read once. */
export function planRules(dir: string = DEFAULT_KNOWLEDGE_DIR): PlanRules {
  if (dir !== DEFAULT_KNOWLEDGE_DIR) return planRulesFrom(loadKnowledgeDir(dir));
  cached ??= planRulesFrom(loadKnowledgeDir(dir));
  return cached;
}

/** "Rammer og føringer … (Bufdir), «3. Forvaltning og rapportering – læringsnettverk», 2024". */
export function citation(s: Source): string {
  return `${s.title}, «${s.section}», ${s.year}`;
}
