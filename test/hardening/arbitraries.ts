// fast-check generators of hostile input: injection strings, huge strings, wrong types, malformed JSON.
import fc from 'fast-check';
import type { RestRoute } from '../../gateway/rest/route.js';

/** Strings attackers send as ids and values. */
const injections = [
  "' OR '1'='1",
  '1; DROP TABLE mentors.mentors; --',
  "mentor-001' --",
  '" OR ""="',
  '1) UNION SELECT password FROM users --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../etc/passwd',
  '..%2f..%2f',
  '%00',
  '\u0000',
  'a\u0000b',
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '9'.repeat(40),
  '🙂🙂',
  '\ud800',
  'ｍｅｎｔｏｒ',
  '\r\nX-Injected: 1',
  '*',
  '%',
  '_',
  '\\',
  "';--",
  'mentor-001',
  'act_type_001',
  'org_nansen_01',
];

/** A hostile string: an injection, random text (any code unit), or a huge string. */
export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...injections) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 50_000 }).map((n) => 'A'.repeat(n)) },
);

/** Any JSON-ish value of a wrong or hostile type. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(-1),
      fc.constant(2 ** 53),
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Malformed JSON bodies. */
export const malformedJson = fc.oneof(
  fc.constantFrom(
    '{',
    '{"a":',
    '[1,2',
    '{"a" 1}',
    'nul',
    '{"__proto__": {"x": 1}}',
    '\u0000',
    '"unterminated',
    '{}}',
    '',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

/** The keys of a zod object schema (empty when the schema is not a plain object). */
function keysOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape && typeof shape === 'object' ? Object.keys(shape) : [];
}

/** An object using the schema's keys (some left out) plus maybe an unknown key, with hostile values. */
function hostileObject(keys: string[]): fc.Arbitrary<Record<string, unknown>> {
  const known = fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue])), { requiredKeys: [] });
  return fc
    .tuple(known, fc.option(fc.tuple(fc.constantFrom('unknown_field', 'is_admin', '__proto__', 'id'), hostileValue)))
    .map(([obj, extra]) => (extra ? { ...obj, [extra[0]]: extra[1] } : obj));
}

/** Percent-encodes a path segment; a lone surrogate becomes raw invalid UTF-8 escapes, as a hostile client may send. */
function encodeSegment(v: string): string {
  try {
    return encodeURIComponent(v) || 'x';
  } catch {
    return '%ED%A0%80%ZZ';
  }
}

/** One hostile request against a REST row: path params, query string and body all generated. */
export function restRequest(row: RestRoute) {
  const paramNames = [...row.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const queryKeys = [...keysOf(row.query), 'page', 'limit', 'unknown'];
  const bodyKeys = keysOf(row.body);
  const withBody = row.method === 'POST' || row.method === 'PUT';
  return fc
    .record({
      literal: fc.boolean(),
      params: fc.tuple(...paramNames.map(() => hostileString)),
      query: fc.array(fc.tuple(fc.constantFrom(...queryKeys), hostileString.map(String)), { maxLength: 4 }),
      body: withBody
        ? fc.oneof(
            hostileObject(bodyKeys).map((o) => JSON.stringify(o)),
            malformedJson,
            hostileValue.map((v) => JSON.stringify(v) ?? 'null'),
          )
        : fc.constant(undefined),
    })
    .map(({ literal, params, query, body }) => {
      let i = 0;
      const path = (literal ? row.service + row.path : row.path).replace(/:(\w+)/g, () =>
        encodeSegment(String(params[i++] ?? 'x')),
      );
      const qs = new URLSearchParams(query).toString();
      return { method: row.method, url: qs ? `${path}?${qs}` : path, body };
    });
}
