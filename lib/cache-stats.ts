// Hit and miss counts of the process's in-memory caches, by name: a subgraph counts, the gateway's /metrics reads
// (lib/ is shared by both, so neither imports the other).

/** One cache's lookups so far. */
export interface CacheLookups {
  hits: number;
  misses: number;
}

const caches = new Map<string, CacheLookups>();

/** The counts of the cache called `name` (created on first use); increment `hits` / `misses` on each lookup. */
export function cacheLookups(name: string): CacheLookups {
  let c = caches.get(name);
  if (!c) caches.set(name, (c = { hits: 0, misses: 0 }));
  return c;
}

/** Every cache's counts, for a metrics scrape. */
export function allCacheLookups(): ReadonlyMap<string, Readonly<CacheLookups>> {
  return caches;
}
