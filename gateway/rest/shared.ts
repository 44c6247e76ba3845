// Request and answer pieces shared by the rows: paging and flag parameters, ids, the contract's list shape.
import { z } from 'zod';
import { snakeKeys, type SnakeKeys } from './case.js';
import { HttpError } from '../http/errors.js';

/** `?page=&limit=`: page ≥ 1, limit 1..100, default 20. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/**
 * A boolean query parameter spelled `true` or `false` (how a client serialises a boolean into a query string);
 * the OpenAPI document types it `boolean` (see ./openapi.ts).
 */
export const boolParam = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .meta({ description: 'A boolean, sent as `true` or `false`.' });

/** Documents a string as an RFC 3339 timestamp (`format: date-time`); validation stays the schema's own. */
export const dateTimeFormat = { format: 'date-time' } as const;

/** Documents a string as a calendar date `YYYY-MM-DD` (`format: date`); validation stays the schema's own. */
export const dateFormat = { format: 'date' } as const;

/** An id in a path: 1..64 characters. */
export const idParam = z.string().min(1).max(64);

/** A GraphQL page position, printed as the contract's `pagination`. */
export interface PageInfo {
  page: number;
  limit: number;
  total: number;
}

/** The contract's list shape from a GraphQL page `{ items, pageInfo }`. */
export function listResult<T>(page: { items: readonly T[]; pageInfo: PageInfo }): {
  data: SnakeKeys<T>[];
  pagination: PageInfo;
} {
  return { data: page.items.map((i) => snakeKeys(i)), pagination: page.pageInfo };
}

/** The contract's pagination object. */
export const paginationSchema = z.object({ page: z.number().int(), limit: z.number().int(), total: z.number().int() });

/**
 * A field another subgraph contributes (nullable in the schema so that its failure keeps the rest of an answer):
 * `run` has already thrown the 503 for the error beside a null, so a null here is that subgraph not answering it.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value == null) throw new HttpError(503, 'SERVICE_UNAVAILABLE', `${what} is unavailable; try again shortly`);
  return value;
}
