import { Guidelines } from './guidelines.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeDir } from './knowledge.ts';
import { loadOperatorDocuments } from './operator-docs.ts';

export { Guidelines, THRESHOLDS } from './guidelines.ts';
export { KnowledgeFileError, parseKnowledgeFile, loadKnowledgeDir, DEFAULT_KNOWLEDGE_DIR } from './knowledge.ts';
export {
  loadOperatorDocuments,
  parseOperatorDocument,
  type OperatorDocument,
  type DocSection,
} from './operator-docs.ts';
export type { Answer, AnswerOptions, Answerer, GuidelinesStats, KnowledgeEntry, SearchHit, Source } from './types.ts';

export interface LoadOptions {
  /** Operator folder (config GUIDELINES_DIR): every .md/.txt in it is split into sections and indexed. */
  guidelinesDir?: string;
  /** The curated knowledge files; the project's own by default. */
  knowledgeDir?: string;
}

/** Synchronous core, for callers that build at startup and for the benchmark. */
export function loadKnowledgeBaseSync(opts: LoadOptions = {}): Guidelines {
  const entries = loadKnowledgeDir(opts.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR);
  const docs = opts.guidelinesDir ? loadOperatorDocuments(opts.guidelinesDir) : [];
  return new Guidelines(entries, docs);
}

export async function loadKnowledgeBase(opts: LoadOptions = {}): Promise<Guidelines> {
  return loadKnowledgeBaseSync(opts);
}
