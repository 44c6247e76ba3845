// Mounts the route table on Fastify: validate, run the row's GraphQL operation, map to the contract.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { GraphQLFormattedError } from 'graphql';
import type { RestRoute } from './route.js';
import { HttpError, fromGraphQLError } from '../http/errors.js';

/** Runs a GraphQL operation through the gateway. */
export type GraphQLRunner = (
  operation: string, variables: Record<string, unknown>, req: FastifyRequest,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;

function check<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = [where, ...issue.path.map(String)].join('.');
  let got: unknown = value;
  for (const key of issue.path) got = got && typeof got === 'object' ? (got as Record<PropertyKey, unknown>)[key] : undefined;
  const shown = got === undefined ? 'nothing' : JSON.stringify(got)?.slice(0, 80);
  throw new HttpError(400, 'BAD_REQUEST', `${at}: ${issue.message}; got ${shown}`);
}

/** Both paths a row answers on: the contract's literal one and the route form. */
export function pathsOf(row: RestRoute): string[] {
  return [`${row.service}${row.path}`, row.path];
}

/** Registers every row of the table on both of its paths. */
export function registerRoutes(app: FastifyInstance, table: RestRoute[], run: GraphQLRunner): void {
  for (const row of table) {
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
          const { data, errors } = await run(row.operation, row.variables(input), req);
          if (errors?.length) throw fromGraphQLError(errors[0]);
          const body = row.result(data, input);
          if (body === null) throw new HttpError(404, 'NOT_FOUND', row.notFound?.(input) ?? 'not found');
          return reply.code(row.status ?? 200).send(body);
        },
      });
    }
  }
}
