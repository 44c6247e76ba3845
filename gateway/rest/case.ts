// The one place where GraphQL camelCase meets the legacy REST snake_case: at run time and in the types.

/** Keys whose values are free-form JSON (a report's `fields`): converted as a key, never looked into. */
type FreeForm = 'fields';
const freeForm: ReadonlySet<string> = new Set<FreeForm>(['fields']);

/** `pauseStartDate` → `pause_start_date`: an underscore before each ASCII capital, as `snakeKeys` does. */
type SnakeCase<S extends string> = S extends `${infer C}${infer Rest}`
  ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${SnakeCase<Rest>}`
  : S;

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
/** A lowercase letter or a digit: what may follow `_` to be joined into camelCase. */
type Joins<C extends string> = C extends Digit
  ? true
  : C extends Uppercase<C>
    ? false
    : C extends Lowercase<C>
      ? true
      : false;

/** `pause_start_date` → `pauseStartDate`: `_x` → `X` for a lowercase letter or digit x, as `camelKeys` does. */
type CamelCase<S extends string> = S extends `${infer Head}_${infer C}${infer Rest}`
  ? Joins<C> extends true
    ? `${Head}${Uppercase<C>}${CamelCase<Rest>}`
    : `${Head}_${CamelCase<`${C}${Rest}`>}`
  : S;

/** A JSON value with every object key renamed (values under free-form keys kept as they are). */
type DeepKeys<T, Mode extends 'snake' | 'camel'> = T extends readonly (infer E)[]
  ? DeepKeys<E, Mode>[]
  : T extends object
    ? {
        [
          K in keyof T as K extends string ? (Mode extends 'snake' ? SnakeCase<K> : CamelCase<K>) : K
        ]: K extends FreeForm ? T[K] : DeepKeys<T[K], Mode>;
      }
    : T;

/** `T` with its keys in snake_case, deeply: the type of `snakeKeys(value: T)`. */
export type SnakeKeys<T> = DeepKeys<T, 'snake'>;
/** `T` with its keys in camelCase, deeply: the type of `camelKeys(value: T)`. */
export type CamelKeys<T> = DeepKeys<T, 'camel'>;

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

function convert(value: unknown, key: (k: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v: unknown) => convert(v, key));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    const name = key(k);
    const converted = freeForm.has(k) ? v : convert(v, key);
    // a "__proto__" key stays a plain own property (as Object.fromEntries would keep it), never the prototype
    if (name === '__proto__')
      Object.defineProperty(out, name, { value: converted, enumerable: true, writable: true, configurable: true });
    else out[name] = converted;
  }
  return out;
}

/** Deep-converts keys to snake_case; the value under a free-form key (`fields`) stays as it is. */
export function snakeKeys<T>(value: T): SnakeKeys<T> {
  return convert(value, toSnake) as SnakeKeys<T>;
}

/** Deep-converts keys to camelCase; the value under a free-form key (`fields`) stays as it is. */
export function camelKeys<T>(value: T): CamelKeys<T> {
  return convert(value, toCamel) as CamelKeys<T>;
}
