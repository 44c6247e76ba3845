// Compares the key structure of an answer with a contract example: object keys in order, recursively.

type Kind = 'null' | 'object' | 'array' | 'scalar';

const kindOf = (v: unknown): Kind =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : 'scalar';

/**
 * Where `actual`'s key structure differs from `example`'s, as readable lines (empty: they match).
 * - Objects: the same keys in the same order, then each value compared in turn.
 * - Arrays: the first elements compared; an empty example array matches any array, but an answer array that is
 *   empty where the example has items is reported (the request should have been chosen to return items).
 * - `null` on either side matches an object or a scalar on the other: the contract shows nullable fields
 *   (e.g. `end_date`, `submitted_at`) with a value in one example and `null` in another.
 * - Paths in `openMaps` (e.g. `$.fields`, keys chosen by the caller) only need to be objects.
 */
export function shapeDiff(example: unknown, actual: unknown, openMaps: readonly string[] = [], at = '$'): string[] {
  const ek = kindOf(example);
  const ak = kindOf(actual);
  if (ek === 'null' || ak === 'null') {
    // Nullable: null matches an object or a scalar (not an array, which the contract never shows as null).
    return ek === 'array' || ak === 'array' ? [`${at}: expected ${ek}, got ${ak}`] : [];
  }
  if (ek !== ak) return [`${at}: expected ${ek}, got ${ak}`];
  if (ek === 'array') {
    const e = example as unknown[];
    const a = actual as unknown[];
    if (e.length === 0) return [];
    if (a.length === 0) return [`${at}: expected a non-empty array (the example has ${e.length} items), got []`];
    return shapeDiff(e[0], a[0], openMaps, `${at}[0]`);
  }
  if (ek !== 'object' || openMaps.includes(at)) return [];
  const e = example as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  const eKeys = Object.keys(e);
  const aKeys = Object.keys(a);
  if (eKeys.join(',') !== aKeys.join(','))
    return [`${at}: expected keys [${eKeys.join(', ')}], got [${aKeys.join(', ')}]`];
  return eKeys.flatMap((k) => shapeDiff(e[k], a[k], openMaps, `${at}.${k}`));
}
