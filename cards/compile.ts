/**
 * Card templates compiled once into plain functions data → card (issue #14). Binding through
 * adaptivecards-templating evaluated every `${…}` with adaptive-expressions on every card (about
 * 0.5 MB of garbage per `hjelp` card). This compiler accepts exactly the subset cards/*.json use and
 * reproduces the library's results for it, including its odd corners (a missing path stays as the
 * text `${path}`, property names match case-insensitively, an empty `$data` array drops the
 * object). Anything outside the subset throws at load, so a template can never bind differently
 * from the library in silence; test/cards/compile-equivalence.test.ts holds the library as oracle.
 *
 * The subset:
 * - values: a string without `${` as is; a lone `${path}` (keeps the value's type); text with
 *   `${path}` parts (string interpolation);
 * - `$when`: `${…}` over paths, string literals '…', integers, `count(path)`, `==`, `!=`, `>`,
 *   `!`, `&&`, `||` and parentheses;
 * - `$data`: a lone `${path}` (an array repeats the object, with `$index`);
 * - a path: `a.b.c`, `$root.a`, `$data`, `$data.a`, `$index`.
 */

type Json = unknown;
/** The evaluation state: the data root, the current `$data` and `$index`. */
interface Scope {
  readonly root: unknown;
  readonly data: unknown;
  readonly index: number | undefined;
}
/** A node compiled; returns the library's value, `null` for a dropped object. */
type Node = (scope: Scope) => Json;
/** A `$when` expression: the value, or ERR where adaptive-expressions reports an error. */
type Expr = (scope: Scope) => unknown;

const ERR: unique symbol = Symbol('expression error');
/** Expressions whose value is a boolean from !, &&, || or a comparison. */
const LOGIC = new WeakSet<Expr>();
const logic = (expr: Expr): Expr => (LOGIC.add(expr), expr);
const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

export class TemplateCompileError extends Error {}

/** Compiles a parsed template (JSON) into a function binding data to a card. */
export function compileTemplate(template: Json, name = 'template'): (data: unknown) => unknown {
  const node = compileNode(template, name);
  return (data) => node({ root: data, data, index: undefined });
}

function compileNode(node: Json, where: string): Node {
  if (typeof node === 'string') return compileString(node, where);
  if (Array.isArray(node)) return compileArray(node, where);
  if (typeof node === 'object' && node !== null) return compileObject(node as Record<string, Json>, where);
  return () => node;
}

function compileArray(items: Json[], where: string): Node {
  const parts = items.map((item, i) => compileNode(item, `${where}[${i}]`));
  return (scope) => {
    const out: Json[] = [];
    for (const part of parts) {
      const value = part(scope);
      if (value === null) continue;
      if (Array.isArray(value)) for (const v of value) out.push(v);
      else out.push(value);
    }
    return out;
  };
}

function compileObject(obj: Record<string, Json>, where: string): Node {
  const keys: string[] = [];
  const values: Node[] = [];
  for (const key of Object.keys(obj)) {
    if (RESERVED.has(key)) {
      if (key !== '$data' && key !== '$when') fail(where, `«${key}» is outside the compiled subset`);
      continue;
    }
    keys.push(key);
    values.push(compileNode(obj[key], `${where}.${key}`));
  }
  const single = (scope: Scope): Record<string, Json> => {
    const out: Record<string, Json> = {};
    for (let i = 0; i < keys.length; i++) out[keys[i]!] = values[i]!(scope);
    return out;
  };
  const when = compileWhen(obj.$when, `${where}.$when`);
  if (!('$data' in obj) || obj.$data === undefined) {
    if (!when) return single;
    return (scope) => (when(scope) ? single(scope) : null);
  }
  const data = compileDataPath(obj.$data, `${where}.$data`);
  return (scope) => {
    const value = data(scope);
    const list = Array.isArray(value) ? (value as unknown[]) : [value];
    const isArray = Array.isArray(value);
    const result: Json[] = [];
    let current = scope.data;
    for (let i = 0; i < list.length; i++) {
      if (list[i] !== undefined) current = list[i];
      const inner: Scope = { root: scope.root, data: current, index: isArray ? i : scope.index };
      if (when && !when(inner)) continue;
      result.push(single(inner));
    }
    if (result.length === 0) return null;
    return result.length === 1 ? result[0] : result;
  };
}

/** `$when`: kept only when the expression gives the boolean true; absent means always. */
function compileWhen(value: Json, where: string): ((scope: Scope) => boolean) | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !value.includes('${')) {
    // The library drops the object for any truthy non-expression and keeps it otherwise.
    const drop = Boolean(value);
    return () => !drop;
  }
  const inner = loneExpression(value);
  if (inner === null) fail(where, 'a $when must be one ${…} expression');
  const expr = parseExpression(inner, where);
  return (scope) => expr(scope) === true;
}

function compileDataPath(value: Json, where: string): (scope: Scope) => unknown {
  const inner = typeof value === 'string' ? loneExpression(value) : null;
  if (inner === null) fail(where, 'a $data must be one ${path}');
  return valuePath(inner.trim(), where);
}

/** A string: as is without `${`, a lone `${path}` with the value's type, else interpolated text. */
function compileString(text: string, where: string): Node {
  if (!text.includes('${')) return () => text;
  const lone = loneExpression(text);
  if (lone !== null) return loneValue(lone.trim(), where);
  if (text.includes('`') || text.includes('\\'))
    fail(where, 'backticks and backslashes beside ${…} are outside the subset');
  const parts: (string | ((scope: Scope) => unknown))[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('${', at);
    if (open < 0) {
      parts.push(text.slice(at));
      break;
    }
    if (open > at) parts.push(text.slice(at, open));
    const close = closingBrace(text, open + 2, where);
    parts.push(valuePath(text.slice(open + 2, close).trim(), where));
    at = close + 1;
  }
  return (scope) => {
    let out = '';
    for (const part of parts) {
      if (typeof part === 'string') out += part;
      // As the library: a null value throws (`.toString()` of null), anything else becomes text.
      else out += (part(scope) as { toString(): string }).toString();
    }
    return out;
  };
}

/**
 * A lone `${…}` in a value: a path keeps the value's type (missing: the text `${path}`); `!`, `&&`,
 * `||` and comparisons give a boolean (the library reads their paths without substitution).
 */
function loneValue(inner: string, where: string): Node {
  if (/^\$?[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(inner)) return valuePath(inner, where);
  const expr = parseExpression(inner, where);
  if (!LOGIC.has(expr)) fail(where, `«${inner}» in a value is outside the compiled subset`);
  return (scope) => {
    const value = expr(scope);
    if (value === ERR) throw new Error(`${where}: «${inner}» cannot be evaluated`);
    return value;
  };
}

/** The inside of `${…}` when the whole string is one expression, else null. */
function loneExpression(text: string): string | null {
  if (!text.startsWith('${')) return null;
  const close = closingBrace(text, 2, 'template');
  return close === text.length - 1 ? text.slice(2, close) : null;
}

function closingBrace(text: string, from: number, where: string): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '{') fail(where, 'braces inside ${…} are outside the subset');
    else if (c === '}') return i;
  }
  return fail(where, 'unclosed ${');
}

const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Path segments with the scope's root: `a.b` reads `$data.a.b`. */
function parsePath(path: string, where: string): { base: 'root' | 'data' | 'index'; rest: string[] } {
  const segments = path.split('.');
  let base: 'root' | 'data' | 'index' = 'data';
  if (segments[0]!.startsWith('$')) {
    const head = segments.shift();
    if (head === '$root') base = 'root';
    else if (head === '$data') base = 'data';
    else if (head === '$index') base = 'index';
    else fail(where, `«${head}» is outside the compiled subset`);
  }
  for (const s of segments) if (!SEGMENT.test(s)) fail(where, `«${path}» is not a plain path`);
  if (base === 'index' && segments.length > 0) fail(where, `«${path}» reads into $index`);
  return { base, rest: segments };
}

/** A path read where a missing value stays as the text `${path}` (the library's substitution). */
function valuePath(path: string, where: string): (scope: Scope) => unknown {
  const read = readPath(path, where);
  const missing = '${' + path + '}';
  return (scope) => {
    const value = read(scope);
    return value === undefined ? missing : value;
  };
}

function readPath(path: string, where: string): (scope: Scope) => unknown {
  const { base, rest } = parsePath(path, where);
  const lower = rest.map((s) => s.toLowerCase());
  return (scope) => {
    let value: unknown = base === 'root' ? scope.root : base === 'data' ? scope.data : scope.index;
    for (let i = 0; i < rest.length; i++) value = property(value, rest[i]!, lower[i]!);
    return value;
  };
}

/** adaptive-expressions' accessProperty: the first own key equal ignoring case, nothing on falsy. */
function property(instance: unknown, name: string, lower: string): unknown {
  if (!instance) return undefined;
  if (instance instanceof Map) {
    const direct: unknown = instance.get(name);
    if (direct !== undefined) return direct;
    for (const k of instance.keys()) if (typeof k === 'string' && k.toLowerCase() === lower) return instance.get(k);
    return undefined;
  }
  // for…in with hasOwn visits Object.keys' keys in Object.keys' order without allocating the array.
  const obj = instance as Record<string, unknown>;
  for (const k in obj) {
    if ((k === name || k.toLowerCase() === lower) && Object.hasOwn(obj, k)) return obj[k];
  }
  return undefined;
}

// ---- `$when` expressions: a small recursive-descent parser over the subset ----

interface Cursor {
  readonly text: string;
  at: number;
  readonly where: string;
}

function parseExpression(text: string, where: string): Expr {
  const cur: Cursor = { text, at: 0, where };
  const expr = parseOr(cur);
  skipSpace(cur);
  if (cur.at < text.length) fail(where, `unexpected «${text.slice(cur.at)}» in «${text}»`);
  return expr;
}

function parseOr(cur: Cursor): Expr {
  const parts = [parseAnd(cur)];
  while (take(cur, '||')) parts.push(parseAnd(cur));
  if (parts.length === 1) return parts[0]!;
  // Or: an error counts as false; the result is always a boolean.
  return logic((scope) => parts.some((p) => logicTrue(p(scope))));
}

function parseAnd(cur: Cursor): Expr {
  const parts = [parseUnary(cur)];
  while (take(cur, '&&')) parts.push(parseUnary(cur));
  if (parts.length === 1) return parts[0]!;
  return logic((scope) => parts.every((p) => logicTrue(p(scope))));
}

function parseUnary(cur: Cursor): Expr {
  skipSpace(cur);
  if (cur.text[cur.at] === '!' && cur.text[cur.at + 1] !== '=') {
    cur.at++;
    const inner = parseUnary(cur);
    // Not: an error gives true.
    return logic((scope) => !logicTrue(inner(scope)));
  }
  return parseComparison(cur);
}

function parseComparison(cur: Cursor): Expr {
  const left = parsePrimary(cur);
  for (const op of ['==', '!=', '>'] as const) {
    if (!take(cur, op)) continue;
    // The right side is a literal: a value against a constant is all the templates compare.
    const b = parseLiteral(cur);
    if (op === '>') {
      if (typeof b !== 'number') fail(cur.where, `> takes a number in «${cur.text}»`);
      return logic((scope) => {
        const a = left(scope);
        if (a === ERR || a == null) return false;
        return isNumber(a) ? a > b : ERR;
      });
    }
    const equal = op === '==';
    return logic((scope) => {
      const a = left(scope);
      if (a === ERR) return false;
      return equalsLiteral(a, b) === equal;
    });
  }
  skipSpace(cur);
  if (/^(<|>=|<=|=)/.test(cur.text.slice(cur.at)))
    fail(cur.where, `the operator in «${cur.text}» is outside the subset`);
  return left;
}

function parsePrimary(cur: Cursor): Expr {
  skipSpace(cur);
  const rest = cur.text.slice(cur.at);
  if (rest.startsWith('(')) {
    cur.at++;
    const inner = parseOr(cur);
    if (!take(cur, ')')) fail(cur.where, `missing ) in «${cur.text}»`);
    return inner;
  }
  if (/^['\d]/.test(rest)) fail(cur.where, `a literal on the left in «${cur.text}» is outside the subset`);
  const call = /^([A-Za-z_][\w.]*)\s*\(/.exec(rest);
  if (call) {
    if (call[1] !== 'count') fail(cur.where, `the function «${call[1]}» is outside the compiled subset`);
    cur.at += call[0].length;
    const arg = parsePrimary(cur);
    if (!take(cur, ')')) fail(cur.where, `count takes one argument in «${cur.text}»`);
    return (scope) => count(arg(scope));
  }
  const path = /^\$?[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*/.exec(rest);
  if (path) {
    if (/^(true|false|null|undefined)$/.test(path[0])) fail(cur.where, `«${path[0]}» is outside the subset`);
    cur.at += path[0].length;
    return readPath(path[0], cur.where);
  }
  return fail(cur.where, `cannot read «${rest}» in «${cur.text}»`);
}

function parseLiteral(cur: Cursor): string | number {
  skipSpace(cur);
  const rest = cur.text.slice(cur.at);
  const str = /^'([^'\\]*)'/.exec(rest);
  if (str) {
    cur.at += str[0].length;
    return str[1]!;
  }
  const num = /^\d+(?![\w.])/.exec(rest);
  if (num) {
    cur.at += num[0].length;
    return Number(num[0]);
  }
  return fail(cur.where, `expected '…' or a number in «${cur.text}»`);
}

function take(cur: Cursor, token: string): boolean {
  skipSpace(cur);
  if (!cur.text.startsWith(token, cur.at)) return false;
  if (token === '>' && cur.text[cur.at + 1] === '=') return false;
  cur.at += token.length;
  return true;
}

function skipSpace(cur: Cursor): void {
  while (cur.at < cur.text.length && /\s/.test(cur.text[cur.at]!)) cur.at++;
}

function logicTrue(value: unknown): boolean {
  if (value === ERR) return false;
  if (typeof value === 'boolean') return value;
  return value != null;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && !Number.isNaN(value);
}

/** adaptive-expressions' count: length of a string or list, size of a map, keys of an object. */
function count(value: unknown): unknown {
  if (value === ERR) return ERR;
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (value instanceof Map) return value.size;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length;
  return ERR;
}

/** adaptive-expressions' commonEquals of a value and a string or number literal. */
function equalsLiteral(a: unknown, b: string | number): boolean {
  if (a == null) return false;
  if (typeof b === 'number' && isNumber(a) && Math.abs(a - b) < Number.EPSILON) return true;
  return a === b;
}

function fail(where: string, why: string): never {
  throw new TemplateCompileError(`${where}: ${why}`);
}
