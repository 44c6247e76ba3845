// The two kinds of row of the REST route table (an operation row, a handler row) and the row the table holds.
import type { Access } from '../../lib/caller.js';
import type { z } from 'zod';
import type { DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Db } from '../../lib/db.js';
import { HttpError } from '../http/errors.js';
import { checkInput, type RawInput } from './validate.js';
import type { RestValues, RestVariables } from './values.js';

/** Validated request parts handed to a row's `variables`, `result`, `notFound` and `handle`. */
interface RestInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

/**
 * Runs one GraphQL operation through the gateway and returns its `data`; a GraphQL error becomes the REST error.
 * Variables and data are in REST's values (enums in lower case), converted in ./values.ts.
 */
export type RunOperation = <TData, TVars>(
  document: TypedDocumentNode<TData, TVars>,
  variables: RestVariables<TVars>,
) => Promise<RestValues<TData>>;

/** What a row's `handle` may use besides its validated input. */
export interface RestContext {
  run: RunOperation;
  /** The database, for state the REST layer keeps itself (schema `rest`). */
  db: Db;
  /** Keeps a task running after the answer is sent; the app waits for it before closing. */
  background(task: () => Promise<unknown>): void;
  /** What the request's caller may see (lib/caller.ts), for state the REST layer serves itself (BLoC snapshots). */
  access: Access;
}

/** A status, a JSON body and any response headers beyond the usual ones. */
interface RestAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A JSON value, as the contracts print their examples. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The contract's examples of a row, verbatim: the request body (rows with a body) and the success answer. */
interface RowExamples<B> {
  /** Typed as the validated body, so an example the body schema's type cannot hold does not compile. */
  request?: NoInfer<B> & JsonValue;
  response: JsonValue;
}

/** What every row declares: the endpoint, its request schemas and its documented success answer. */
interface Endpoint<P, Q, B> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Service prefix printed in the contract, e.g. `/api/v1/mentor-statuses`. */
  service: string;
  /** Route form of the path, e.g. `/api/v1/pause-records/:id`. */
  path: string;
  summary: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Success status (default 200). */
  status?: 200 | 201 | 202;
  /** Response schema (documentation and response checks). */
  response?: z.ZodType;
  /** The contract's examples, shown in the OpenAPI document (a test holds them equal to the contract files). */
  examples?: RowExamples<B>;
}

/** A row answered by one typed GraphQL operation: its variables from the request, the contract JSON from its data. */
export interface OperationRow<P, Q, B, TData, TVars> extends Endpoint<P, Q, B> {
  /** The operation sent to the gateway (a `graphql(…)` document: typed from the API schema by `npm run codegen`). */
  document: TypedDocumentNode<TData, TVars>;
  variables: (input: RestInput<P, Q, B>) => NoInfer<RestVariables<TVars>>;
  /** Maps `data` to the contract JSON; `null` means the resource was not found (404). */
  result: (data: RestValues<TData>, input: RestInput<P, Q, B>) => unknown;
  /** The 404 message when `result` gives null. */
  notFound?: (input: RestInput<P, Q, B>) => string;
}

/** A row that answers the request itself (around stored state), running what operations it needs through `ctx`. */
export interface HandlerRow<P, Q, B> extends Endpoint<P, Q, B> {
  handle: (input: RestInput<P, Q, B>, ctx: RestContext) => Promise<RestAnswer>;
}

/** A row as the route table holds it: the endpoint as documented, and how it answers one request. */
export interface RestRoute extends Endpoint<unknown, unknown, unknown> {
  /** The operation of an operation row (a handler row runs its own through `ctx.run`). */
  document?: DocumentNode;
  /** Validates the raw request parts (400 on a mismatch) and answers. */
  answer: (raw: RawInput, ctx: RestContext) => Promise<RestAnswer>;
}

/** The endpoint part of a row (what OpenAPI and registration read), without its typed hooks. */
function endpointOf<P, Q, B>(row: Endpoint<P, Q, B>): Endpoint<P, Q, B> {
  const { method, service, path, summary, params, query, body, status, response, examples } = row;
  return { method, service, path, summary, params, query, body, status, response, examples };
}

/** Declares an operation row, its types inferred from the zod schemas and the document. */
export function route<P = undefined, Q = undefined, B = undefined, TData = unknown, TVars = unknown>(
  row: OperationRow<P, Q, B, TData, TVars>,
): RestRoute {
  const { document, variables, result, notFound } = row;
  const status = row.status ?? 200;
  return {
    ...endpointOf(row),
    document,
    answer: async (raw, ctx) => {
      const input = checkInput(row, raw);
      const body = result(await ctx.run(document, variables(input)), input);
      if (body === null) throw new HttpError(404, 'NOT_FOUND', notFound?.(input) ?? 'not found');
      return { status, body };
    },
  };
}

/** Declares a handler row, its types inferred from the zod schemas. */
export function handlerRoute<P = undefined, Q = undefined, B = undefined>(row: HandlerRow<P, Q, B>): RestRoute {
  const { handle } = row;
  return { ...endpointOf(row), answer: (raw, ctx) => handle(checkInput(row, raw), ctx) };
}
