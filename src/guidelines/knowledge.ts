import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { knowledgeFileSchema } from './schema.ts';
import type { KnowledgeEntry } from './types.ts';
import { guidelinesText as t } from '../i18n/guidelines.ts';

export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('./knowledge/', import.meta.url));

export class KnowledgeFileError extends Error {
  readonly file: string;
  readonly field: string;
  constructor(file: string, field: string, problem: string) {
    super(t.fileInvalid(basename(file), field, problem));
    this.name = 'KnowledgeFileError';
    this.file = file;
    this.field = field;
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
      '',
    ) || '(rot)'
  );
}

export function parseKnowledgeFile(file: string, text: string): KnowledgeEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new KnowledgeFileError(file, '(json)', `${t.fileNotJson}: ${(err as Error).message}`);
  }
  const parsed = knowledgeFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new KnowledgeFileError(file, fieldPath(issue.path), issue.message);
  }
  return parsed.data.entries;
}

/** Every *.json in the folder, validated; ids must be unique across files and references must resolve. */
export function loadKnowledgeDir(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeEntry[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const seen = new Map<string, string>();
  const all: { file: string; index: number; entry: KnowledgeEntry }[] = [];
  for (const name of files) {
    const file = join(dir, name);
    parseKnowledgeFile(file, readFileSync(file, 'utf8')).forEach((entry, index) => {
      const earlier = seen.get(entry.id);
      if (earlier) throw new KnowledgeFileError(file, `entries[${index}].id`, t.duplicateId(entry.id, earlier));
      seen.set(entry.id, name);
      all.push({ file, index, entry });
    });
  }
  for (const { file, index, entry } of all) {
    if (entry.supersededBy && !seen.has(entry.supersededBy)) {
      throw new KnowledgeFileError(file, `entries[${index}].supersededBy`, t.unknownId(entry.supersededBy));
    }
    if (entry.counterpart && !seen.has(entry.counterpart)) {
      throw new KnowledgeFileError(file, `entries[${index}].counterpart`, t.unknownId(entry.counterpart));
    }
  }
  return all.map((a) => a.entry);
}
