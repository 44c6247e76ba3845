// Mounts the route table on Fastify: validate, run the row's GraphQL operation, map to the contract.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { GraphQLFormattedError } from 'graphql';
import type { RestContext, RestRoute } from './route.js';
import type { Db } from '../../lib/db.js';
import { HttpError, fromGraphQLError } from '../http/errors.js';

/** Runs a GraphQL operation through the gateway. */
export type GraphQLRunner = (
  operation: string,
  variables: Record<string, unknown>,
  req: FastifyRequest,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;

function check<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
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

/** Both paths a row answers on: the contract's literal one and the route form. */
export function pathsOf(row: RestRoute): string[] {
  return [`${row.service}${row.path}`, row.path];
}

/** What `handle` rows need from the host (the REST layer's own state lives in this database). */
export interface RestDeps {
  db?: Db;
}

const pendingTasks = new WeakMap<FastifyInstance, Set<Promise<unknown>>>();

/** Resolves once every background task the app's REST rows started has finished. */
export async function backgroundSettled(app: FastifyInstance): Promise<void> {
  const pending = pendingTasks.get(app);
  while (pending?.size) await Promise.allSettled([...pending]);
}

/** The context a `handle` row receives for one request. */
function restContext(
  app: FastifyInstance,
  row: RestRoute,
  run: GraphQLRunner,
  req: FastifyRequest,
  deps: RestDeps,
): RestContext {
  const runOp = async (operation: string, variables: Record<string, unknown>) => {
    const { data, errors } = await run(operation, variables, req);
    if (errors?.length) throw fromGraphQLError(errors[0]);
    return (data ?? {}) as Record<string, any>;
  };
  return {
    run: runOp,
    get db(): Db {
      if (!deps.db) throw new Error(`${row.method} ${row.path} needs the database (registerRoutes deps.db)`);
      return deps.db;
    },
    background: (task) => {
      const pending = pendingTasks.get(app) ?? new Set<Promise<unknown>>();
      pendingTasks.set(app, pending);
      const p: Promise<unknown> = task()
        .catch((err) => req.log.error({ err }, `background task of ${row.method} ${row.path} failed`))
        .finally(() => pending.delete(p));
      pending.add(p);
    },
  };
}

/** Registers every row of the table on both of its paths. */
export function registerRoutes(
  app: FastifyInstance,
  table: RestRoute[],
  run: GraphQLRunner,
  deps: RestDeps = {},
): void {
  app.addHook('onClose', async () => {
    await backgroundSettled(app);
  });
  for (const row of table) {
    const result = row.result;
    if (!row.handle && !result) throw new Error(`${row.method} ${row.path}: a row needs \`result\` or \`handle\``);
    for (const url of pathsOf(row)) {
      app.route({
        method: row.method,
        url,
        handler: async (req, reply) => {
          const input = {
            params: check(row.params, req.params, 'path'),
            query: check(row.query, req.query, 'query'),
            body: check(row.body, req.body, 'body'),
          };
          if (row.handle) {
            const answer = await row.handle(input, restContext(app, row, run, req, deps));
            return reply.code(answer.status).send(answer.body);
          }
          const { data, errors } = await run(row.operation, row.variables(input), req);
          if (errors?.length) throw fromGraphQLError(errors[0]);
          const body = result!(data, input);
          if (body === null) throw new HttpError(404, 'NOT_FOUND', row.notFound?.(input) ?? 'not found');
          return reply.code(row.status ?? 200).send(body);
        },
      });
    }
  }
}
