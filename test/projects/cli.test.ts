import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { network } from '../support/store-fixtures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = `${root}node_modules/.bin/node`;
const fixture = (name: string) => `${root}test/fixtures/${name}`;
const dir = mkdtempSync(join(tmpdir(), 'nb-plan-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(node, ['src/projects/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run plan -- check', () => {
  it('prints one JSON object per line with rule, severity, message and source, and exits 1 on an error finding', () => {
    const r = spawnSync('npm', ['run', '-s', 'plan', '--', 'check', fixture('plan-with-findings.docx'), '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>);
    expect(lines.length).toBe(12);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(['rule', 'severity', 'message', 'source']);
      expect(['error', 'advice']).toContain(l.severity);
      expect(l.source).toMatch(/«.+», 20\d\d$/);
    }
    expect(lines.find((l) => l.rule === 'overhead')).toMatchObject({
      severity: 'error',
      source: expect.stringContaining('3. Forvaltning og rapportering'),
    });
    expect(lines.find((l) => l.rule === 'auditor-attestation')).toMatchObject({ severity: 'advice' });
  });

  it('says an unreadable budget amount once, as the error it is, not also as a note', () => {
    const r = plan(['check', fixture('plan-with-findings.docx')]);
    expect(r.code).toBe(1);
    const about = r.out.split('\n').filter((l) => l.includes('ca. en halv dag'));
    expect(about).toEqual([
      expect.stringMatching(/^FEIL {2}Beløpet for «Fagdag, lokalleie og servering» kan ikke leses/),
    ]);
  });

  it('prints nothing and exits 0 for a clean plan; reads a plan as JSON too', () => {
    expect(plan(['check', fixture('plan-clean.docx'), '--json'])).toEqual({ code: 0, out: '', err: '' });
    const file = join(dir, 'plan.json');
    writeFileSync(
      file,
      JSON.stringify({
        plan: { name: 'X', types: [], municipalities: ['Nes'], mainGoal: 'Alle tar familiene med på råd.' },
      }),
    );
    const r = plan(['check', file, '--json']);
    expect(r.code).toBe(1);
    expect(
      r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).rule),
    ).toEqual(['min-services', 'type-none', 'budget-missing']);
  });

  it('explains in Norwegian, with exit 2, a file it cannot read', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"name": 5}');
    const r = plan(['check', bad, '--json']);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toContain('feil i feltet «name»');
    expect(plan(['check', fixture('not-a-plan.docx')]).err).toContain('ser ikke ut som prosjektplanmalen');
    expect(plan(['check', join(dir, 'finnes-ikke.docx')]).err).toContain('Fant ikke filen');
    expect(plan(['sjekk']).code).toBe(2);
  });
});

describe('npm run plan -- import', () => {
  it('stores the plan in the given network and reports what could not be read; a refused file stores nothing', async () => {
    const db = join(dir, 'db.sqlite');
    const seed = new SqliteStore(db);
    await seed.networks.upsert(network('t1', 'n1'), new Date());
    await seed.close();
    const env = { DATABASE_URL: `sqlite:${db}` };

    const r = plan(['import', fixture('plan-with-findings.docx'), '--tenant', 't1', '--network', 'n1'], env);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Prosjektplanen «Tryggere overganger» er lest inn som U1.');
    // The unreadable amount is said once, as the check's error.
    expect(r.out).not.toContain('Kunne ikke leses:');
    expect(r.out.match(/ca\. en halv dag/g)).toHaveLength(1);
    expect(r.out).toContain('FEIL  Beløpet for «Fagdag, lokalleie og servering» kan ikke leses som kroner');
    expect(r.out).toContain('FEIL  Overhead i budsjettet er 25 000 kr');
    expect(r.out).toContain(
      '1 milepæl har dato. De blir frister med påminnelser straks noen skriver «milepæler U1» i nettverkets kanal, og ellers når boten starter på nytt.',
    );

    expect(plan(['import', fixture('not-a-plan.docx'), '--tenant', 't1', '--network', 'n1'], env).code).toBe(2);
    const other = plan(['import', fixture('plan-clean.docx'), '--tenant', 't1', '--network', 'n9'], env);
    expect(other.err).toContain('Nettverket «n9» finnes ikke i tenant «t1». Nettverk i denne tenanten: n1 (Nettverk).');
    expect(plan(['import', fixture('plan-clean.docx')], env).err).toContain(
      '--tenant <tenant-id> --network <nettverk-id>',
    );

    const json = plan(['import', fixture('plan-clean.docx'), '--tenant=t1', '--network=n1', '--json'], env);
    expect(JSON.parse(json.out)).toMatchObject({
      project: 'U2',
      name: 'Fosterhjem i nærmiljøet',
      missing: [],
      unreadable: [],
      findings: [],
    });

    const store = new SqliteStore(db);
    expect((await store.projects.list('t1', 'n1')).map((p) => [p.id, p.plan.name, p.origin])).toEqual([
      ['U1', 'Tryggere overganger', 'import'],
      ['U2', 'Fosterhjem i nærmiljøet', 'import'],
    ]);
    await store.close();
  });
});
