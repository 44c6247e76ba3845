// Request validation of a REST row: path, query and body against the row's zod schemas, or a 400 naming the spot.
import type { z } from 'zod';
import { HttpError } from '../http/errors.js';
import { nulAt, nulMessage } from '../../lib/text.js';

/** The request parts as Fastify hands them over, not yet validated. */
export interface RawInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/** One part checked against its schema (absent schema: the part is `undefined`); a mismatch or NUL text is a 400. */
function check<T>(schema: z.ZodType<T> | undefined, value: unknown, where: 'path' | 'query' | 'body'): T {
  // PostgreSQL cannot store NUL: any text holding it (a value or a key, at any depth, even one the row ignores) is a 400
  const nul = nulAt(value, where);
  if (nul) throw new HttpError(400, 'BAD_REQUEST', nulMessage(nul));
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = [where, ...issue.path.map(String)].join('.');
  let got: unknown = value;
  for (const key of issue.path)
    got = got && typeof got === 'object' ? (got as Record<PropertyKey, unknown>)[key] : undefined;
  const shown = got === undefined ? 'nothing' : JSON.stringify(got)?.slice(0, 80);
  throw new HttpError(400, 'BAD_REQUEST', `${at}: ${issue.message}; got ${shown}`);
}

/** All three parts checked, in the order path, query, body (the first mismatch answers). */
export function checkInput<P, Q, B>(
  schemas: { params?: z.ZodType<P>; query?: z.ZodType<Q>; body?: z.ZodType<B> },
  raw: RawInput,
): { params: P; query: Q; body: B } {
  return {
    params: check(schemas.params, raw.params, 'path'),
    query: check(schemas.query, raw.query, 'query'),
    body: check(schemas.body, raw.body, 'body'),
  };
}
