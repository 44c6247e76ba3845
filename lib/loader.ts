// Helpers that turn one `where inArray(...)` query into a DataLoader batch function.
import DataLoader from 'dataloader';

/** A loader of one row per key: results in key order, `null` for misses. */
export function rowLoader<K, R>(
  load: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
): DataLoader<K, R | null> {
  return new DataLoader<K, R | null>(async (keys) => {
    const byKey = new Map<K, R>();
    for (const row of await load(keys)) byKey.set(keyOf(row), row);
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A loader of a list of rows per key: results in key order, `[]` for misses. */
export function listLoader<K, R>(load: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K): DataLoader<K, R[]> {
  return new DataLoader<K, R[]>(async (keys) => {
    const byKey = new Map<K, R[]>();
    for (const row of await load(keys)) {
      const k = keyOf(row);
      const list = byKey.get(k);
      if (list) list.push(row);
      else byKey.set(k, [row]);
    }
    return keys.map((k) => byKey.get(k) ?? []);
  });
}

/**
 * One loader per parameter value (e.g. one per summary period), made on first use and kept for the request,
 * so a page of entities asking the same parameter shares one batch. `keyOf` says which parameters are the same
 * (default: equal values; an argument object compares by `JSON.stringify`).
 */
export function loaderPer<P, L>(make: (param: P) => L, keyOf: (param: P) => unknown = (p) => p): (param: P) => L {
  const made = new Map<unknown, L>();
  return (param) => {
    const key = keyOf(param);
    let loader = made.get(key);
    if (!loader) {
      loader = make(param);
      made.set(key, loader);
    }
    return loader;
  };
}
