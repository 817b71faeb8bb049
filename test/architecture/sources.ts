import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, so every path in a finding reads like `src/x/y.ts`. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every TypeScript source under the given top-level folders (declaration files included), as repo-relative paths with `/`. */
export function sourceFiles(...dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) out.push(path);
    }
  };
  for (const d of dirs) walk(d);
  return out.sort();
}

export function readSource(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** `src/a/b.ts` importing `../c.ts` → `src/c.ts`; bare specifiers are returned unchanged. */
export function resolveSpecifier(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return relative(root, join(root, from, '..', specifier))
    .split(sep)
    .join('/');
}
