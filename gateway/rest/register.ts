// Mounts the route table on Fastify: each row answers on both of its paths, running its operations through the gateway.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { RestContext, RestRoute, RunOperation } from './route.js';
import type { Db } from '../../lib/db.js';
import { openAccess, type Access } from '../../lib/caller.js';
import { fromGraphQLError } from '../http/errors.js';
import { queryText } from './documents.js';
import { graphqlVariables, restData, type RestValues, type RestVariables } from './values.js';

/** Runs a GraphQL operation (its text) through the gateway. */
export type GraphQLRunner = (
  query: string,
  variables: Record<string, unknown>,
  req: FastifyRequest,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;

/** Both paths a row answers on: the contract's literal one and the route form. */
export function pathsOf(row: RestRoute): string[] {
  return [`${row.service}${row.path}`, row.path];
}

/** What `handle` rows need from the host (the REST layer's own state lives in this database). */
export interface RestDeps {
  db?: Db;
  /** The caller's access on a request (default: everything, authentication off). */
  accessOf?: (req: FastifyRequest) => Access;
}

const pendingTasks = new WeakMap<FastifyInstance, Set<Promise<unknown>>>();

/** Resolves once every background task the app's REST rows started has finished. */
export async function backgroundSettled(app: FastifyInstance): Promise<void> {
  const pending = pendingTasks.get(app);
  while (pending?.size) await Promise.allSettled([...pending]);
}

/** The context a row answers one request with. */
function restContext(
  app: FastifyInstance,
  row: RestRoute,
  runner: GraphQLRunner,
  req: FastifyRequest,
  deps: RestDeps,
): RestContext {
  // The document's type ties `variables` and `data` to the API schema (checked by `npm run codegen`); at run time
  // they are the JSON the gateway takes and gives back, validated by it against that same schema.
  // REST values (lower-case enums) become the graph's on the way in and back on the way out (./values.ts).
  const run: RunOperation = async <TData, TVars>(
    document: TypedDocumentNode<TData, TVars>,
    variables: RestVariables<TVars>,
  ) => {
    const vars = graphqlVariables(document, variables as Record<string, unknown>);
    const { data, errors } = await runner(queryText(document), vars, req);
    if (errors?.length) throw fromGraphQLError(errors[0]);
    return restData(document, data ?? {}) as RestValues<TData>;
  };
  return {
    run,
    access: deps.accessOf?.(req) ?? openAccess,
    get db(): Db {
      if (!deps.db) throw new Error(`${row.method} ${row.path} needs the database (registerRoutes deps.db)`);
      return deps.db;
    },
    background: (task) => {
      const pending = pendingTasks.get(app) ?? new Set<Promise<unknown>>();
      pendingTasks.set(app, pending);
      const p: Promise<unknown> = task()
        .catch((err: unknown) => req.log.error({ err }, `background task of ${row.method} ${row.path} failed`))
        .finally(() => pending.delete(p));
      pending.add(p);
    },
  };
}

/** Registers every row of the table on both of its paths. */
export function registerRoutes(
  app: FastifyInstance,
  table: readonly RestRoute[],
  runner: GraphQLRunner,
  deps: RestDeps = {},
): void {
  app.addHook('onClose', async () => {
    await backgroundSettled(app);
  });
  for (const row of table) {
    for (const url of pathsOf(row)) {
      app.route({
        method: row.method,
        url,
        handler: async (req, reply) => {
          const answer = await row.answer(req, restContext(app, row, runner, req, deps));
          if (answer.headers) void reply.headers(answer.headers);
          return reply.code(answer.status).send(answer.body);
        },
      });
    }
  }
}
