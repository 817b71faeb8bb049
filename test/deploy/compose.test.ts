import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const read = (f: string) => readFileSync(join(root, f), 'utf8');

type Yaml = string | Yaml[] | { [k: string]: Yaml };

/**
 * The YAML the compose file uses, and no more: block mappings and sequences, plain and quoted
 * scalars, flow sequences of scalars, anchors, aliases and `<<` merges. No YAML library is a
 * dependency, and Docker may be missing where the tests run, so the file is checked this way.
 * Anything outside the subset throws, so the file cannot drift into YAML this check misreads.
 */
export function parseYaml(text: string): Yaml {
  const lines = text
    .split('\n')
    .map((raw, n) => ({
      n: n + 1,
      indent: raw.length - raw.trimStart().length,
      text: stripComment(raw).trimEnd().trim(),
    }))
    .filter((l) => l.text !== '');
  const anchors = new Map<string, Yaml>();
  let i = 0;

  function scalar(s: string, n: number): Yaml {
    if (s.startsWith('*')) {
      const v = anchors.get(s.slice(1));
      if (v === undefined) throw new Error(`line ${n}: unknown alias ${s}`);
      return v;
    }
    if (s.startsWith('[')) {
      if (!s.endsWith(']')) throw new Error(`line ${n}: unclosed flow sequence`);
      return splitFlow(s.slice(1, -1)).map((x) => scalar(x.trim(), n));
    }
    if (s.startsWith('"')) {
      if (!s.endsWith('"') || s.length < 2) throw new Error(`line ${n}: unclosed quote`);
      return JSON.parse(s) as string;
    }
    if (s.startsWith("'")) {
      if (!s.endsWith("'") || s.length < 2) throw new Error(`line ${n}: unclosed quote`);
      return s.slice(1, -1).replace(/''/g, "'");
    }
    if (/^[{&|>!%@`]/.test(s)) throw new Error(`line ${n}: YAML outside the checked subset: ${s}`);
    return s;
  }

  function block(indent: number): Yaml {
    const first = lines[i]!;
    if (first.text.startsWith('- ') || first.text === '-') {
      const out: Yaml[] = [];
      while (i < lines.length && lines[i]!.indent === indent && lines[i]!.text.startsWith('-')) {
        const l = lines[i++]!;
        out.push(scalar(l.text.slice(1).trim(), l.n));
      }
      return out;
    }
    const out: { [k: string]: Yaml } = {};
    // A key first set by a merge may be overridden once by the mapping's own key.
    const fromMerge = new Set<string>();
    while (i < lines.length && lines[i]!.indent === indent) {
      const l = lines[i++]!;
      const m = /^("[^"]*"|[^:]+):(?:\s+(.*))?$/.exec(l.text);
      if (!m) throw new Error(`line ${l.n}: expected "key: value": ${l.text}`);
      const key = m[1]!.startsWith('"') ? (JSON.parse(m[1]!) as string) : m[1]!.trim();
      let rest = m[2] ?? '';
      let anchor: string | null = null;
      const a = /^&(\S+)\s*(.*)$/.exec(rest);
      if (a) {
        anchor = a[1]!;
        rest = a[2]!;
      }
      let value: Yaml;
      if (rest !== '') value = scalar(rest, l.n);
      else if (i < lines.length && lines[i]!.indent > indent) value = block(lines[i]!.indent);
      else if (i < lines.length && lines[i]!.indent === indent && lines[i]!.text.startsWith('- '))
        value = block(indent);
      else value = '';
      if (anchor) anchors.set(anchor, value);
      if (key === '<<') {
        if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`line ${l.n}: << needs a mapping`);
        for (const [k, v] of Object.entries(value)) {
          if (k in out) continue;
          out[k] = v;
          fromMerge.add(k);
        }
        continue;
      }
      if (key in out && !fromMerge.delete(key)) throw new Error(`line ${l.n}: duplicate key ${key}`);
      out[key] = value;
    }
    if (i < lines.length && lines[i]!.indent > indent) throw new Error(`line ${lines[i]!.n}: unexpected indentation`);
    return out;
  }

  const result = block(lines[0]?.indent ?? 0);
  if (i < lines.length) throw new Error(`line ${lines[i]!.n}: could not read`);
  return result;
}

function stripComment(line: string): string {
  let quote: string | null = null;
  for (let k = 0; k < line.length; k++) {
    const c = line[k]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (k === 0 || /\s/.test(line[k - 1]!))) return line.slice(0, k);
  }
  return line;
}

function splitFlow(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (const c of s) {
    if (quote) {
      cur += c;
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
      cur += c;
    } else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur.trim() !== '') out.push(cur);
  return out;
}

const obj = (v: Yaml | undefined): { [k: string]: Yaml } => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`not a mapping: ${JSON.stringify(v)}`);
  return v;
};

describe('compose.yaml: two bot instances on one PostgreSQL behind a small proxy', () => {
  const compose = obj(parseYaml(read('compose.yaml')));
  const services = obj(compose.services);

  it('parses, with PostgreSQL, two bot instances and a proxy', () => {
    expect(Object.keys(services).sort()).toEqual(['bot-a', 'bot-b', 'postgres', 'proxy']);
    expect(obj(compose.volumes)).toHaveProperty('pgdata');
  });

  it('gives both instances the same PostgreSQL database, their own INSTANCE_ID, and the documented settings', () => {
    const envs = ['bot-a', 'bot-b'].map((s) => obj(obj(services[s]).environment));
    for (const env of envs) {
      expect(env.DATABASE_URL).toMatch(/^postgres:\/\/nettverksboten:[^@]+@postgres:5432\/nettverksboten$/);
      for (const k of [
        'PG_POOL_SIZE',
        'PG_STATEMENT_TIMEOUT_MS',
        'MIGRATE_ON_START',
        'MicrosoftAppId',
        'MicrosoftAppPassword',
        'MicrosoftAppTenantId',
        'PUBLIC_BASE_URL',
      ])
        expect(env, k).toHaveProperty(k);
    }
    expect(envs.map((e) => e.INSTANCE_ID)).toEqual(['a', 'b']);
    expect(envs[0]!.DATABASE_URL).toBe(envs[1]!.DATABASE_URL);
    for (const s of ['bot-a', 'bot-b']) {
      expect(obj(services[s]).build).toBe('.');
      expect(obj(obj(services[s]).depends_on).postgres).toEqual({ condition: 'service_healthy' });
    }
  });

  it('creates the bot role as no superuser, and the proxy sends to both instances', () => {
    const mounts = obj(services.postgres).volumes as string[];
    const init = mounts.find((m) => m.includes('docker-entrypoint-initdb.d'))!.split(':')[0]!;
    const sql = read(init);
    expect(sql).toMatch(/CREATE ROLE nettverksboten LOGIN PASSWORD '[^']+' NOSUPERUSER/);
    expect(sql).toContain('CREATE DATABASE nettverksboten OWNER nettverksboten');
    const conf = (obj(services.proxy).volumes as string[])[0]!.split(':')[0]!;
    const nginx = read(conf);
    expect(nginx).toMatch(/server bot-a:3978/);
    expect(nginx).toMatch(/server bot-b:3978/);
    expect(obj(services.proxy).ports).toEqual(['8080:8080']);
  });

  it('reads nothing it cannot check: an unknown construct is refused, not guessed', () => {
    expect(() => parseYaml('a: {b: 1}')).toThrow('outside the checked subset');
    expect(() => parseYaml('a: *nope')).toThrow('unknown alias');
    expect(parseYaml('x: &x\n  k: v\ny:\n  <<: *x\n  k: w\n')).toEqual({ x: { k: 'v' }, y: { k: 'w' } });
  });
});

describe('Dockerfile', () => {
  const docker = read('Dockerfile');
  const instructions = docker
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((l) => /^[A-Z]+\s/.test(l));

  it('builds in one stage with every dependency and runs dist/ in another with production dependencies only', () => {
    const froms = instructions.filter((l) => l.startsWith('FROM '));
    expect(froms).toHaveLength(2);
    expect(docker).toMatch(/ARG NODE_IMAGE=node:24-/);
    const [build, runtime] = docker.split(/^FROM .* AS runtime$/m);
    expect(build).toContain('RUN npm ci');
    expect(build).toContain('RUN npm run build');
    expect(runtime).toMatch(/RUN npm ci --omit=dev/);
    expect(runtime).toContain('COPY --from=build /build/dist ./dist');
    expect(runtime).not.toMatch(/COPY \. /);
  });

  it('runs as a non-root user, checks /readyz, and starts the launcher the build produces', () => {
    const user = instructions.filter((l) => l.startsWith('USER ')).at(-1);
    expect(user).toBe('USER node');
    expect(instructions.find((l) => l.startsWith('HEALTHCHECK '))).toContain('/readyz');
    const cmd = JSON.parse(instructions.find((l) => l.startsWith('CMD '))!.slice(4)) as string[];
    expect(cmd[0]).toBe('node');
    // The build compiles bot/launch.ts to dist/bot/launch.js (tsconfig.build.json includes bot/).
    expect(cmd[1]).toBe('dist/bot/launch.js');
    expect(existsSync(join(root, 'bot', 'launch.ts'))).toBe(true);
    const build = JSON.parse(read('tsconfig.build.json')) as { include?: string[] };
    expect(build.include?.some((p) => p.startsWith('bot'))).toBe(true);
  });

  it('keeps local data, secrets and installed modules out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim());
    for (const p of ['node_modules', '.env', 'data', 'dist', '.git']) expect(ignored).toContain(p);
  });
});
