// The OpenAPI 3.1 document of the REST layer, generated from the route table's own zod schemas.
import { z } from 'zod';
import type { JsonValue, RestRoute } from './route.js';
import { pathsOf } from './register.js';
import { boolParam } from './shared.js';

type JsonSchema = Record<string, unknown>;
type Operation = Record<string, unknown>;

/** The error shape every failure answers with. */
export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

const errorText: Record<number, string> = {
  400: 'Bad request: malformed JSON, a wrong type or form, an unknown field',
  401: 'No bearer token, or one that does not verify (expired, forged, wrong issuer or audience)',
  403: 'The caller may not do this: a coordinator action asked by a mentor, or a create in another organisation',
  404: 'Not found (or not visible to the caller)',
  409: 'Conflict with the current state',
  413: 'Request body too large',
  415: 'Unsupported media type',
  422: 'The input is well-formed but breaks a rule',
  500: 'Internal error',
  503: 'The database does not answer',
};

/**
 * A zod schema as JSON Schema 2020-12 (the OpenAPI 3.1 dialect); requests on the input side, responses on the output
 * side. A `boolParam` is documented as the boolean it stands for: its wire form `true`/`false` is exactly how a client
 * serialises a boolean into a query string, so generated clients take a boolean there.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    reused: 'inline',
    override: (ctx) => {
      if (ctx.zodSchema !== boolParam) return;
      const { description } = ctx.jsonSchema;
      for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
      Object.assign(ctx.jsonSchema, { type: 'boolean', ...(description ? { description } : {}) });
    },
  }) as JsonSchema;
  return rest;
}

/** A media type's `examples` holding the contract's example. */
function contractExample(value: JsonValue): Record<string, unknown> {
  return { examples: { contract: { summary: 'Example from the contract', value } } };
}

/** `/a/:id` → `/a/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

/** Path or query parameters from an object schema's properties. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): Operation[] {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input');
  const props = (js.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((js.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: s,
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
  }));
}

/** The error statuses a row can answer with. */
function errorStatuses(row: RestRoute, bearer: boolean): number[] {
  const statuses = [400, 404, 422, 500, 503];
  if (bearer) statuses.push(401, 403);
  if (row.method !== 'GET') statuses.push(409);
  if (row.body) statuses.push(413, 415);
  return statuses.sort();
}

/** One operation object for one of a row's two paths. */
function operation(row: RestRoute, literal: boolean, bearer: boolean): Operation {
  const id = `${row.method.toLowerCase()}${row.path.replace(/[^A-Za-z0-9]+(\w)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`;
  const status = row.status ?? 200;
  const responses: Record<string, unknown> = {
    [status]: {
      description: 'Success',
      content: {
        'application/json': {
          schema: row.response ? jsonSchema(row.response, 'output') : {},
          ...(row.examples ? contractExample(row.examples.response) : {}),
        },
      },
    },
  };
  for (const s of errorStatuses(row, bearer)) {
    responses[s] = {
      description: errorText[s],
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return {
    operationId: literal ? `${id}Literal` : id,
    summary: row.summary,
    description: literal
      ? `Contract literal path; alias of \`${row.method} ${openApiPath(row.path)}\`.`
      : `Also answers on the contract's literal path \`${openApiPath(pathsOf(row)[0])}\`.`,
    tags: [row.service.split('/').pop() ?? row.service],
    parameters: [...parameters(row.params, 'path'), ...parameters(row.query, 'query')],
    ...(row.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: jsonSchema(row.body, 'input'),
                ...(row.examples?.request !== undefined ? contractExample(row.examples.request) : {}),
              },
            },
          },
        }
      : {}),
    responses,
  };
}

/**
 * Builds the OpenAPI 3.1 document for the table: both path forms of every row. With `bearer` (authentication on),
 * every operation needs a JWT bearer token and may answer 401.
 */
export function buildOpenApi(table: RestRoute[], opts: { bearer?: boolean } = {}): Record<string, unknown> {
  const bearer = opts.bearer ?? false;
  const paths: Record<string, Record<string, Operation>> = {};
  for (const row of table) {
    const [literal, routeForm] = pathsOf(row);
    const forms =
      literal === routeForm
        ? ([[routeForm, false]] as const)
        : ([
            [routeForm, false],
            [literal, true],
          ] as const);
    for (const [path, isLiteral] of forms) {
      const key = openApiPath(path);
      paths[key] ??= {};
      paths[key][row.method.toLowerCase()] = operation(row, isLiteral, bearer);
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Peer-mentor legacy REST API',
      version: '1.0.0',
      description:
        'The legacy /api/v1 contracts, each call translated into one GraphQL operation. Every row answers on ' +
        "its route form and on the contract's literal path (service prefix + route); both are listed. Errors: " +
        '`{"error": {"code", "message"}}`.',
    },
    paths,
    ...(bearer ? { security: [{ bearerAuth: [] }] } : {}),
    components: {
      schemas: { Error: jsonSchema(errorSchema, 'output') },
      ...(bearer
        ? {
            securitySchemes: {
              bearerAuth: {
                type: 'http',
                scheme: 'bearer',
                bearerFormat: 'JWT',
                description: 'A token of the configured identity provider (or `npm run token`), see the README.',
              },
            },
          }
        : {}),
    },
  };
}
