import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Guidelines } from './guidelines.ts';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeFileError, loadKnowledgeDir, parseKnowledgeFile } from './knowledge.ts';
import { loadOperatorDocuments } from './operator-docs.ts';
import type { KnowledgeEntry } from './types.ts';
import { guidelinesText as t } from '../i18n/guidelines.ts';

/**
 * The knowledge base the bot answers from: the built-in knowledge files, plus what the operator puts in
 * GUIDELINES_DIR — documents (.md/.txt) and curated knowledge files (.json, the same format as the
 * built-in ones). An operator's .json that does not validate stops start-up with the file and field
 * named, rather than being skipped silently and leaving members with answers the operator thinks are gone.
 */
export function loadBotKnowledge(opts: { guidelinesDir?: string; knowledgeDir?: string } = {}): Guidelines {
  const entries: KnowledgeEntry[] = loadKnowledgeDir(opts.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR);
  const dir = opts.guidelinesDir;
  if (!dir) return new Guidelines(entries);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(t.dirMissing(dir));

  const seen = new Map<string, string>(entries.map((e) => [e.id, t.builtIn]));
  const added: { file: string; index: number; entry: KnowledgeEntry }[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.json'))
    .sort()) {
    const file = join(dir, name);
    parseKnowledgeFile(file, readFileSync(file, 'utf8')).forEach((entry, index) => {
      const earlier = seen.get(entry.id);
      if (earlier) throw new KnowledgeFileError(file, `entries[${index}].id`, t.duplicateId(entry.id, earlier));
      seen.set(entry.id, name);
      added.push({ file, index, entry });
    });
  }
  for (const { file, index, entry } of added) {
    if (entry.supersededBy && !seen.has(entry.supersededBy)) {
      throw new KnowledgeFileError(file, `entries[${index}].supersededBy`, t.unknownId(entry.supersededBy));
    }
  }
  return new Guidelines([...entries, ...added.map((a) => a.entry)], loadOperatorDocuments(dir));
}
