// The one place where GraphQL camelCase meets the legacy REST snake_case.

const toSnake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const toCamel = (k: string) => k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

function convert(value: unknown, key: (k: string) => string, keep: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => convert(v, key, keep));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [key(k), keep.has(k) ? v : convert(v, key, keep)]));
}

/** Deep-converts keys to snake_case; values under keys in `keep` (e.g. free-form `fields`) stay as they are. */
export function snakeKeys<T = Record<string, unknown>>(value: unknown, keep: readonly string[] = ['fields']): T {
  return convert(value, toSnake, new Set(keep)) as T;
}

/** Deep-converts keys to camelCase; values under keys in `keep` stay as they are. */
export function camelKeys<T = Record<string, unknown>>(value: unknown, keep: readonly string[] = ['fields']): T {
  return convert(value, toCamel, new Set(keep)) as T;
}
