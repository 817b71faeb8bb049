import * as ACData from 'adaptivecards-templating';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { compileTemplate, TemplateCompileError } from '../../cards/compile.ts';
import type * as RenderModule from '../../cards/render.ts';

// The compiled templates (cards/compile.ts) must bind every card exactly as adaptivecards-templating
// does, the library kept here as the oracle. The data are the ones the real data builders pass to
// renderCard for every card sample, plus variants with fields missing, empty, null, of another
// type or spelled in another case, plus random data over each template's own field names.

const captured: { name: string; data: object }[] = [];
vi.mock('../../cards/render.ts', async (original) => {
  const real = await original<typeof RenderModule>();
  return {
    ...real,
    renderCard: (name: string, data: object) => {
      captured.push({ name, data });
      return real.renderCard(name, data);
    },
  };
});

const CARDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cards');
const names = readdirSync(CARDS_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));
const source = (name: string): unknown => JSON.parse(readFileSync(join(CARDS_DIR, `${name}.json`), 'utf8'));
const libraries = new Map(names.map((n) => [n, new ACData.Template(source(n))]));
const compiled = new Map(names.map((n) => [n, compileTemplate(source(n), n)]));

type Outcome = { ok: true; json: string; card: unknown } | { ok: false };
const run = (bind: () => unknown): Outcome => {
  try {
    const card = bind();
    return { ok: true, json: JSON.stringify(card), card };
  } catch {
    return { ok: false };
  }
};
function expectSame(name: string, data: unknown): void {
  const expected = run(() => libraries.get(name)!.expand({ $root: data }));
  const actual = run(() => compiled.get(name)!(data));
  expect(actual.ok, `${name}: throws alike for ${safe(data)}`).toBe(expected.ok);
  if (expected.ok && actual.ok) {
    expect(actual.json, `${name} with ${safe(data)}`).toBe(expected.json);
    expect(actual.card).toStrictEqual(expected.card);
  }
}
const safe = (data: unknown) => {
  try {
    return JSON.stringify(data)?.slice(0, 300);
  } catch {
    return String(data);
  }
};

/** Variants of one data object: each field missing, empty, null, flipped, renamed in upper case. */
function variants(data: Record<string, unknown>): unknown[] {
  const out: unknown[] = [{}, undefined, null];
  for (const key of Object.keys(data)) {
    const value = data[key];
    const without = { ...data };
    delete without[key];
    out.push(without);
    out.push({ ...data, [key]: '' }, { ...data, [key]: null }, { ...data, [key]: undefined });
    out.push({ ...data, [key]: 0 }, { ...data, [key]: 1 }, { ...data, [key]: true }, { ...data, [key]: false });
    out.push({ ...data, [key]: [] }, { ...data, [key]: ['a', 'b'] }, { ...data, [key]: { x: 1 } });
    out.push({ ...without, [key.toUpperCase()]: value }, { [key.toUpperCase()]: 'først', ...data });
    if (Array.isArray(value) && value.length > 0) {
      out.push({ ...data, [key]: [value[0]] });
      out.push({ ...data, [key]: [undefined, ...value] });
      const first = value[0];
      if (first && typeof first === 'object') {
        for (const k of Object.keys(first)) {
          const item = { ...(first as Record<string, unknown>) };
          delete item[k];
          out.push({ ...data, [key]: [item, ...value.slice(1)] });
          out.push({ ...data, [key]: [{ ...item, [k]: '' }] });
        }
      }
    }
  }
  return out;
}

describe('compiled card templates bind as adaptivecards-templating does', async () => {
  const { cardSamples } = await import('../support/card-samples/samples.ts');

  it('every template compiles', () => {
    expect(names.length).toBeGreaterThan(30);
    expect([...compiled.keys()].sort()).toEqual([...names].sort());
  });

  for (const [sample, build] of Object.entries(cardSamples)) {
    it(`${sample}: the data of every card sample, and variants with fields missing, empty or odd`, () => {
      captured.length = 0;
      build();
      expect(captured.length).toBeGreaterThan(0);
      for (const { name, data } of captured.splice(0)) {
        expectSame(name, data);
        for (const variant of variants(data as Record<string, unknown>)) expectSame(name, variant);
      }
    });
  }

  it('random data over each template’s field names', () => {
    for (const name of names) {
      const fields = [
        ...new Set([...JSON.stringify(source(name)).matchAll(/\$\{!?([A-Za-z_]\w*)/g)].map((m) => m[1]!)),
      ];
      const value = fc.oneof(
        fc.constantFrom('', 'x', 'direct', 'choose', '${x}', 0, 1, -1, 0.5, true, false, null, undefined),
        fc.string(),
        fc.array(fc.oneof(fc.string(), fc.dictionary(fc.constantFrom(...fields, 'text', 'title'), fc.string())), {
          maxLength: 3,
        }),
      );
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...fields), value), (data) => {
          expectSame(name, data);
        }),
        { numRuns: 40, seed: 14 },
      );
    }
  });
});

describe('the compiler refuses what it does not know, at load', () => {
  const refused = (template: unknown) => () => compileTemplate(template);
  it('an unknown function', () => {
    expect(refused({ $when: '${length(title) > 0}', text: 'x' })).toThrow(TemplateCompileError);
    expect(refused({ text: '${toUpper(title)}' })).toThrow(/toUpper|subset|plain path/);
  });
  it('an operator, a path or a field outside the subset', () => {
    expect(refused({ $when: '${count(rows) < 2}', text: 'x' })).toThrow(TemplateCompileError);
    expect(refused({ $when: '${a == b}', text: 'x' })).toThrow(TemplateCompileError);
    expect(refused({ text: '${rows[0]}' })).toThrow(TemplateCompileError);
    expect(refused({ text: '${$host.x}' })).toThrow(TemplateCompileError);
    expect(refused({ $data: ['a'], text: 'x' })).toThrow(TemplateCompileError);
    expect(refused({ $when: 'a ${x}', text: 'x' })).toThrow(TemplateCompileError);
    expect(refused({ text: 'a ${x + 1}' })).toThrow(TemplateCompileError);
    expect(refused({ text: 'a `b` ${x}' })).toThrow(TemplateCompileError);
  });
  it('accepts the subset and binds it as the library does', () => {
    const template = {
      body: [
        { $when: "${count(items) > 0 && (kind == 'a' || !hidden)}", text: 'Liste: ${title}' },
        { $data: '${items}', text: '${$data.name} (${$index}) i ${$root.title}', n: '${n}' },
      ],
      footer: { $data: '${items}', text: '${name}' },
    };
    for (const data of [
      { title: 'T', kind: 'a', items: [{ name: 'x', n: 2 }, { name: 'y' }] },
      { title: 'T', hidden: true, items: [] },
      { items: 'abc' },
    ]) {
      const expected = JSON.stringify(new ACData.Template(template).expand({ $root: data }));
      expect(JSON.stringify(compileTemplate(template)(data))).toBe(expected);
    }
  });
});
