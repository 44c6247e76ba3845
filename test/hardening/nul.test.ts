// NUL (U+0000), which PostgreSQL cannot store, in every path and query parameter and body key of every REST row, and
// in every string argument of the API's root fields and entity representations: a 400 / BAD_REQUEST changing nothing.
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
} from 'graphql';
import type { GraphQLArgument, GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { routeTable } from '../../gateway/rest/table.js';
import { pathsOf } from '../../gateway/rest/register.js';
import { installChangeCounter } from './support.js';

let t: TestApp;
let changes: () => Promise<number>;
beforeAll(async () => {
  t = await startTestApp();
  changes = await installChangeCounter(t.database.db);
});
afterAll(async () => {
  await t?.close();
});

const nulValues = ['%00', 'x%00y'];
const keysOf = (schema: unknown) => Object.keys((schema as { shape?: object } | undefined)?.shape ?? {});

/** Sends the request and expects the 400 error shape and an unchanged database. */
async function expectNul400(method: string, url: string, body?: unknown) {
  const before = await changes();
  const res = await t.request(method, url, body);
  expect(res.statusCode, `${method} ${url} ${JSON.stringify(body) ?? ''} -> ${res.body}`).toBe(400);
  expect(res.json()).toEqual({ error: { code: 'BAD_REQUEST', message: expect.stringMatching(/NUL/) } });
  expect(await changes(), `${method} ${url} changed the database`).toBe(before);
}

const rows = routeTable.map((row) => [`${row.method} ${row.path}`, row] as const);

describe('NUL in REST parameters', () => {
  it.each(rows)('%s: NUL in each path parameter, on both paths', async (_n, row) => {
    const names = [...row.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
    const body = row.body ? {} : undefined;
    for (const path of pathsOf(row))
      for (const name of names)
        for (const v of nulValues)
          await expectNul400(
            row.method,
            path.replace(/:(\w+)/g, (_m, p: string) => (p === name ? v : 'mentor-001')),
            body,
          );
  });

  it.each(rows)('%s: NUL in each query parameter (and an unknown one)', async (_n, row) => {
    const path = row.path.replace(/:(\w+)/g, 'mentor-001');
    const body = row.body ? {} : undefined;
    for (const key of [...keysOf(row.query), 'unknown'])
      for (const v of nulValues) await expectNul400(row.method, `${path}?${key}=${v}`, body);
  });

  it.each(rows.filter(([, row]) => row.body))('%s: NUL in each body key and value', async (_n, row) => {
    const path = row.path.replace(/:(\w+)/g, 'mentor-001');
    for (const key of keysOf(row.body)) {
      await expectNul400(row.method, path, { [key]: 'a\u0000b' });
      await expectNul400(row.method, path, { [key]: { ['k\u0000']: 1 } });
    }
  });
});

const api = buildSchema(readFileSync('schema/api.graphql', 'utf8'));

/** A harmless value for a required argument of another type (null when there is none to give). */
function filler(arg: GraphQLArgument): unknown {
  const type = getNullableType(arg.type);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isScalarType(type))
    return ({ Int: 1, Float: 1, Boolean: false, String: 'x', ID: 'x' } as Record<string, unknown>)[type.name] ?? null;
  return null;
}

/** Whether an argument takes text (String or ID, maybe a list of them). */
const isText = (arg: GraphQLArgument) => ['String', 'ID'].includes(getNamedType(arg.type).name);

/** Every root field of the API with a text argument: a query sending NUL in it, the others filled in. */
function nulOperations(kind: 'query' | 'mutation', fields: Record<string, GraphQLField<unknown, unknown>>) {
  const out: [string, string, Record<string, unknown>][] = [];
  for (const field of Object.values(fields)) {
    const required = field.args.filter((a) => a.type.toString().endsWith('!'));
    if (required.some((a) => isInputObjectType(getNullableType(a.type)))) continue;
    for (const arg of field.args.filter(isText)) {
      const used = [...new Set([...required, arg])];
      const vars = Object.fromEntries(
        used.map((a) => [
          a.name,
          a === arg ? (isListType(getNullableType(a.type)) ? ['a\u0000'] : 'a\u0000b') : filler(a),
        ]),
      );
      const decl = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
      out.push([`${field.name}(${arg.name})`, `${kind} (${decl}) { ${field.name}(${call}) { __typename } }`, vars]);
    }
  }
  return out;
}

describe('NUL in GraphQL arguments', () => {
  const ops = [
    ...nulOperations('query', api.getQueryType()!.getFields()),
    ...nulOperations('mutation', api.getMutationType()!.getFields()),
  ];

  it('covers text arguments of every subgraph', () => {
    expect(ops.length).toBeGreaterThan(15);
  });

  it.each(ops)('%s: BAD_REQUEST, nothing changed', async (_n, query, variables) => {
    const before = await changes();
    const r = await t.graphql(query, variables);
    expect(r.errors?.[0]?.extensions, JSON.stringify(r)).toMatchObject({ code: 'BAD_REQUEST' });
    expect(r.errors?.[0]?.message).toMatch(/NUL/);
    expect(await changes()).toBe(before);
  });

  it('rejects NUL deep in an input object (createMentor) and in an entity representation', async () => {
    const before = await changes();
    const r = await t.graphql(
      'mutation { createMentor(input: { fullName: "a\\u0000", email: "n@example.org", orgId: "org_nansen_01" }) { mentor { id } } }',
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(await changes()).toBe(before);
    const { subgraph } = await import('../../subgraphs/milestones/server.js');
    const { execute, parse } = await import('graphql');
    const res = await execute({
      schema: subgraph.schema,
      document: parse('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }'),
      variableValues: { r: [{ __typename: 'Mentor', id: 'mentor-\u0000' }] },
      contextValue: {},
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});
