// A draft document (the yearly report, the leader-network application) as plain blocks: built from
// stored data by pure functions, rendered to .docx in one place, and its missing fields listed on a card.
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeDir } from '../guidelines/knowledge.ts';
import { citation } from './plan-rules.ts';

export type DraftBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'paragraph'; text: string }
  /** A form field; `value` null is a field still to be filled, shown as missing in the document. */
  | { kind: 'field'; label: string; value: string | null }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'checklist'; items: { text: string; source: string }[] };

export interface Draft {
  title: string;
  /** A short line under the title: what it was built from, and that it is a draft. */
  subtitle: string;
  blocks: DraftBlock[];
  /** What the bot could not fill, in the document's order, so the card can list it. */
  missing: string[];
  /** Why a field the bot might have filled is missing, and how to give it (shown on the card). */
  notes?: string[];
  /** The file name offered for download, without extension. */
  fileName: string;
}

let sources: Map<string, string> | null = null;

/** The citation of a guideline entry (title, section, year), as the plan check and the answers cite it. */
export function sourceOf(entryId: string): string {
  sources ??= new Map(loadKnowledgeDir(DEFAULT_KNOWLEDGE_DIR).map((e) => [e.id, citation(e.source)]));
  const found = sources.get(entryId);
  if (!found) throw new Error(`draft: knowledge entry ${entryId} is missing`);
  return found;
}

/** Fields still missing, in order: every `field` block without a value. */
export function missingFields(blocks: readonly DraftBlock[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'field' && (b.value === null || !b.value.trim()) ? [b.label] : []));
}
