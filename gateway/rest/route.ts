// The shape of one row of the REST route table, and helpers shared by the rows.
import { z } from 'zod';
import { snakeKeys } from './case.js';
import type { Db } from '../../lib/db.js';

/** Validated request parts handed to a row's `variables` and `result`. */
export interface RestInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

/** What a row's `handle` hook may use besides its validated input. */
export interface RestContext {
  /** Runs a GraphQL operation through the gateway and returns `data`; a GraphQL error becomes the REST error. */
  run(operation: string, variables: Record<string, unknown>): Promise<Record<string, any>>;
  /** The database, for state the REST layer keeps itself (schema `rest`). */
  db: Db;
  /** Keeps a task running after the answer is sent; the app waits for it before closing. */
  background(task: () => Promise<unknown>): void;
}

/** One documented legacy endpoint: path, GraphQL operation, variables and the mapping to the contract JSON. */
export interface RestRoute<P = any, Q = any, B = any> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Service prefix printed in the contract, e.g. `/api/v1/mentor-statuses`. */
  service: string;
  /** Route form of the path, e.g. `/api/v1/pause-records/:id`. */
  path: string;
  summary: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** The GraphQL operation sent to the gateway. */
  operation: string;
  variables: (input: RestInput<P, Q, B>) => Record<string, unknown>;
  /** Maps `data` to the contract JSON; `null` means the resource was not found (404). Required unless `handle` answers. */
  result?: (data: any, input: RestInput<P, Q, B>) => unknown | null;
  /** The 404 message when `result` gives null. */
  notFound?: (input: RestInput<P, Q, B>) => string;
  /** Success status (default 200). */
  status?: 200 | 201 | 202;
  /** Response schema (documentation and response checks). */
  response?: z.ZodType;
  /** Optional: answers the request itself (e.g. around stored state), instead of the plain operation → result. */
  handle?: (input: RestInput<P, Q, B>, ctx: RestContext) => Promise<{ status: number; body: unknown }>;
}

/** Declares a row with its parameter types inferred from the zod schemas. */
export function route<P = undefined, Q = undefined, B = undefined>(r: RestRoute<P, Q, B>): RestRoute<P, Q, B> {
  return r;
}

/** `?page=&limit=`: page ≥ 1, limit 1..100, default 20. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** A boolean query parameter spelled `true` or `false`. */
export const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

/** An id in a path: 1..64 characters. */
export const idParam = z.string().min(1).max(64);

/** The contract's list shape from a GraphQL page `{ items, pageInfo }`. */
export function listResult(page: { items: unknown[]; pageInfo: { page: number; limit: number; total: number } }) {
  return { data: page.items.map((i) => snakeKeys(i)), pagination: page.pageInfo };
}

/** The contract's pagination object. */
export const paginationSchema = z.object({ page: z.number().int(), limit: z.number().int(), total: z.number().int() });
