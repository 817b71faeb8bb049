/**
 * The copy-on-write maps of the outgoing walks (privacy/redact.ts, conversation/card-links.ts):
 * they run over every outgoing card, so a part `f` leaves unchanged is shared, not copied, and a
 * copy is made only from the first change on (issue #14, BENCHMARKS.md «Round trip of one chat message»).
 */
export function mapShared(value: unknown[], f: (v: unknown) => unknown): unknown[] {
  let out: unknown[] | null = null;
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    const r = f(v);
    if (r !== v) (out ??= value.slice())[i] = r;
  }
  return out ?? value;
}

/** The object with `f` applied to each own enumerable value; `o` itself when nothing changed. */
export function mapValuesShared(o: Record<string, unknown>, f: (v: unknown) => unknown): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  // for…in with hasOwn visits exactly Object.entries' keys (own, enumerable, string) in its order.
  for (const k in o) {
    if (!Object.hasOwn(o, k)) continue;
    const v = o[k];
    const r = f(v);
    if (r !== v) (out ??= { ...o })[k] = r;
  }
  return out ?? o;
}
