// The one place where GraphQL camelCase meets the legacy REST snake_case.

/** A key converter that remembers its answers (the API has a few dozen field names; lists repeat them per row). */
function memo(convert: (k: string) => string): (k: string) => string {
  const seen = new Map<string, string>();
  return (k) => {
    let out = seen.get(k);
    if (out === undefined) {
      out = convert(k);
      if (seen.size < 10_000) seen.set(k, out);
    }
    return out;
  };
}

const toSnake = memo((k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
const toCamel = memo((k) => k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()));

function convert(value: unknown, key: (k: string) => string, keep: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => convert(v, key, keep));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    const name = key(k);
    const converted = keep.has(k) ? v : convert(v, key, keep);
    // a "__proto__" key stays a plain own property (as Object.fromEntries would keep it), never the prototype
    if (name === '__proto__')
      Object.defineProperty(out, name, { value: converted, enumerable: true, writable: true, configurable: true });
    else out[name] = converted;
  }
  return out;
}

/** Deep-converts keys to snake_case; values under keys in `keep` (e.g. free-form `fields`) stay as they are. */
export function snakeKeys<T = Record<string, unknown>>(value: unknown, keep: readonly string[] = ['fields']): T {
  return convert(value, toSnake, new Set(keep)) as T;
}

/** Deep-converts keys to camelCase; values under keys in `keep` stay as they are. */
export function camelKeys<T = Record<string, unknown>>(value: unknown, keep: readonly string[] = ['fields']): T {
  return convert(value, toCamel, new Set(keep)) as T;
}
