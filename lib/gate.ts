// Loaders that answer only what the caller may see (issue 17): a subgraph wraps its per-mentor loaders once per
// request, so every route to the data (root fields, nested fields, `__resolveReference`, writes' lookups) goes through
// the same check. With everything visible the inner loader is returned as it is: no cost with authentication off.
import DataLoader from 'dataloader';
import type { Access } from './caller.js';

/** Whether the caller may see a loaded value (may be async, e.g. a batched organisation lookup). */
export type Allowed<K, V> = (value: V, key: K) => boolean | Promise<boolean>;

/** A row loader whose misses include the rows the caller may not see (`null`, as for a row that does not exist). */
export function gateRows<K, V>(
  access: Access,
  inner: DataLoader<K, V | null>,
  allowed: Allowed<K, V>,
): DataLoader<K, V | null> {
  if (access.kind === 'all') return inner;
  return new GatedRows<K, V>(
    (keys) =>
      Promise.all(
        keys.map(async (key) => {
          const value = await inner.load(key);
          return value !== null && (await allowed(value, key)) ? value : null;
        }),
      ),
    inner,
  );
}

/**
 * A gated row loader whose `prime` primes the inner loader too: a row a root query loaded (and the gate allowed)
 * then serves the lookups that go to the inner loader directly, such as the organisation checks of other loaders.
 */
class GatedRows<K, V> extends DataLoader<K, V | null> {
  constructor(
    batch: DataLoader.BatchLoadFn<K, V | null>,
    private readonly inner: DataLoader<K, V | null>,
  ) {
    super(batch);
  }

  override prime(key: K, value: V | null | Error): this {
    this.inner.prime(key, value);
    return super.prime(key, value);
  }
}

/** A list loader keyed by mentor id that answers `[]` for mentors the caller may not see, without loading them. */
export function gateLists<K, V>(
  access: Access,
  inner: DataLoader<K, V[]>,
  allowed: (key: K) => boolean | Promise<boolean>,
): DataLoader<K, V[]> {
  if (access.kind === 'all') return inner;
  return new DataLoader<K, V[]>((keys) =>
    Promise.all(keys.map(async (key) => ((await allowed(key)) ? inner.load(key) : []))),
  );
}
