// What a client generator reads from the OpenAPI document: the contract's examples on every operation (equal to the
// contract files, so they cannot drift), formats on every timestamp and date, and boolean query parameters typed
// `boolean` while the server keeps accepting the `true`/`false` the contracts show.
import type { Json } from '../support/json.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { startTestApp, type TestApp } from '../support/app.js';
import { openApiMismatch } from '../support/openapi-check.js';
import { loadContracts, type ContractEndpoint } from '../contracts/parse.js';
import { openApiPath } from '../../gateway/rest/openapi.js';
import { routeTable } from '../../gateway/rest/table.js';
import { pathsOf } from '../../gateway/rest/register.js';
import type { RestRoute } from '../../gateway/rest/route.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const contracts = loadContracts();
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Names that stand for a point in time or a day: `*_at`, `*_date`, `last_updated`, `as_of`. */
const TEMPORAL_NAME = /(_at|_date|^last_updated|^as_of)$/;

let t: TestApp;
let doc: Json;
beforeAll(async () => {
  t = await startTestApp();
  doc = (await t.request('GET', '/api/v1/openapi.json')).json();
});
afterAll(async () => {
  await t?.close();
});

/** The contract endpoint of a row: same method, the row's literal path. */
function contractOf(row: RestRoute): ContractEndpoint {
  const found = contracts.filter((c) => c.method === row.method && c.path === pathsOf(row)[0]);
  expect(found, `${row.method} ${pathsOf(row)[0]} in test/contracts/*.txt`).toHaveLength(1);
  return found[0];
}

/** Both operations (route form, literal path) of a row in the served document. */
function operationsOf(row: RestRoute): [string, Json][] {
  return pathsOf(row).map((p) => [p, doc.paths[openApiPath(p)][row.method.toLowerCase()]]);
}

const successContent = (row: RestRoute, op: Json): Json =>
  op.responses[String(row.status ?? 200)].content['application/json'];

/** The schemas a JSON value at `path` may be checked against (through `anyOf`); open maps' entries give none. */
function schemasAt(schema: Json, path: (string | number)[]): Json[] {
  const alternatives = (s: Json): Json[] => (s.anyOf ? [s, ...s.anyOf.flatMap(alternatives)] : [s]);
  let current = alternatives(schema);
  for (const key of path) {
    current = current.flatMap((s) => {
      const next = typeof key === 'number' ? s.items : s.properties?.[key];
      return next ? alternatives(next) : [];
    });
  }
  return current;
}

/** Every string leaf of a JSON value, with its path. */
function stringLeaves(value: unknown, path: (string | number)[] = []): [(string | number)[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

/** Every named property of a schema (nested, through items and anyOf), with its schema. */
function namedProperties(schema: Json, at = ''): [string, string, Json][] {
  if (!schema || typeof schema !== 'object') return [];
  const own: [string, string, Json][] = Object.entries(schema.properties ?? {}).map(([k, s]) => [`${at}.${k}`, k, s]);
  return [
    ...own,
    ...own.flatMap(([p, , s]) => namedProperties(s, p)),
    ...(schema.items ? namedProperties(schema.items, `${at}[]`) : []),
    ...((schema.anyOf ?? []) as Json[]).flatMap((s) => namedProperties(s, at)),
  ];
}

/** The formats a schema carries, itself or in its `anyOf` alternatives. */
function formatsOf(schema: Json): string[] {
  return [schema.format, ...((schema.anyOf ?? []) as Json[]).flatMap(formatsOf)].filter(
    (f): f is string => typeof f === 'string',
  );
}

describe('contract examples in the OpenAPI document', () => {
  it('every row carries its contract examples verbatim (same JSON text: values, key order)', () => {
    expect(routeTable).toHaveLength(contracts.length);
    for (const row of routeTable) {
      const c = contractOf(row);
      const where = `${row.method} ${row.path}`;
      expect(row.examples, where).toBeDefined();
      expect(JSON.stringify(row.examples?.response), where).toBe(JSON.stringify(c.response));
      expect(JSON.stringify(row.examples?.request), where).toBe(JSON.stringify(c.request));
      // A row with a body has a request example and a row without one has none, as in the contracts.
      expect(row.examples?.request !== undefined, where).toBe(row.body !== undefined);
    }
  });

  it('every operation of the served document shows them, on both of its paths', () => {
    for (const row of routeTable) {
      const c = contractOf(row);
      for (const [path, op] of operationsOf(row)) {
        const where = `${row.method} ${path}`;
        expect(JSON.stringify(successContent(row, op).examples?.contract?.value), where).toBe(
          JSON.stringify(c.response),
        );
        if (row.body)
          expect(JSON.stringify(op.requestBody.content['application/json'].examples?.contract?.value), where).toBe(
            JSON.stringify(c.request),
          );
        else expect(op.requestBody, where).toBeUndefined();
      }
    }
  });

  it('the examples satisfy the documented schemas and the request validation', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    for (const row of routeTable) {
      const c = contractOf(row);
      const [path, op] = operationsOf(row)[0];
      expect(openApiMismatch(row.method, path, row.status ?? 200, JSON.stringify(c.response))).toBeNull();
      if (!row.body) continue;
      const validate = ajv.compile(op.requestBody.content['application/json'].schema);
      expect(validate(c.request) ? null : validate.errors, `${row.method} ${path} request`).toBeNull();
      expect(row.body.safeParse(c.request).success, `${row.method} ${path} request`).toBe(true);
    }
  });
});

describe('formats on timestamps and dates', () => {
  it('every timestamp and date of the contract examples is documented with its format', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const row of routeTable) {
      const c = contractOf(row);
      for (const [, op] of operationsOf(row)) {
        const parts: [string, unknown, Json][] = [
          ['response', c.response, successContent(row, op).schema],
          ['request', c.request, op.requestBody?.content['application/json'].schema],
        ];
        for (const [part, example, schema] of parts) {
          if (example === undefined || !schema) continue;
          for (const [path, value] of stringLeaves(example)) {
            const format = TIMESTAMP.test(value) ? 'date-time' : DATE.test(value) ? 'date' : undefined;
            const schemas = schemasAt(schema, path);
            // Open maps (a report's `fields`) have no named property there: their keys are the caller's.
            if (!format || schemas.length === 0) continue;
            checked++;
            if (!schemas.some((s) => s.format === format))
              missing.push(`${row.method} ${op.operationId} ${part} ${path.join('.')}=${value}: expected ${format}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('every temporal property and parameter carries a format (those only ever null in the examples too)', () => {
    const missing: string[] = [];
    const parameters: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      for (const [method, op] of Object.entries(methods)) {
        const schemas: Json[] = [
          op.requestBody?.content['application/json'].schema,
          ...Object.values(op.responses as Record<string, Json>).map((r) => r.content?.['application/json'].schema),
        ];
        for (const [where, name, s] of schemas.flatMap((x) => namedProperties(x))) {
          if (TEMPORAL_NAME.test(name) && formatsOf(s).length === 0) missing.push(`${method} ${path} ${where}`);
        }
        for (const p of op.parameters as Json[]) {
          if (!TEMPORAL_NAME.test(p.name)) continue;
          parameters.push(`${method} ${path} ${p.name}=${formatsOf(p.schema).join('|')}`);
          if (formatsOf(p.schema).join() !== 'date') missing.push(`${method} ${path} ?${p.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
    // as_of on the four personal-stats rows, start_date/end_date on the new-milestones row; each on two paths.
    expect(parameters).toHaveLength(2 * (4 + 2));
  });

  it('a mentor-status body date is documented as a timestamp or a date, as the mentors subgraph accepts both', async () => {
    const body = doc.paths['/api/v1/pause-records'].post.requestBody.content['application/json'].schema;
    expect(new Set(schemasAt(body, ['start_date']).flatMap(formatsOf))).toEqual(new Set(['date-time', 'date']));
    const mentor = 'mentor-fmt-01';
    await t.graphql('mutation ($i: CreateMentorInput!) { createMentor(input: $i) { mentor { id } } }', {
      i: { id: mentor, fullName: 'Format Check', email: 'fmt@example.org', orgId: 'org_fjord_02' },
    });
    const res = await t.request('POST', '/api/v1/mentor-statuses', {
      mentor_id: mentor,
      status: 'paused',
      is_paused: true,
      pause_start_date: '2026-03-26',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().pause_start_date).toBe('2026-03-26T00:00:00Z');
  });
});

describe('boolean query parameters', () => {
  /** Query parameters whose validation turns `true`/`false` into booleans: what a client should send a boolean as. */
  const booleanParams = routeTable.flatMap((row) => {
    if (!(row.query instanceof z.ZodObject)) return [];
    return Object.entries(row.query.shape as Record<string, z.ZodType>)
      .filter(([, s]) => s.safeParse('true').data === true && s.safeParse('false').data === false)
      .map(([name]) => ({ row, name }));
  });

  it('are typed `boolean` in the document, on both paths of their rows; no other parameter is', () => {
    expect(booleanParams.map((p) => p.name).sort()).toEqual(['is_active', 'is_paused']);
    for (const { row, name } of booleanParams) {
      for (const [path, op] of operationsOf(row)) {
        const p = (op.parameters as Json[]).find((x) => x.name === name);
        expect(p, `${path} ?${name}`).toMatchObject({ in: 'query', required: false, schema: { type: 'boolean' } });
        expect(p.schema.enum, `${path} ?${name}`).toBeUndefined();
      }
    }
    const typedBoolean = Object.values(doc.paths as Record<string, Record<string, Json>>)
      .flatMap((m) => Object.values(m))
      .flatMap((op) => op.parameters as Json[])
      .filter((p) => p.schema.type === 'boolean');
    expect(typedBoolean).toHaveLength(booleanParams.length * 2);
  });

  it('the server still takes exactly the `true`/`false` spelling the contracts show', async () => {
    for (const [url, field] of [
      ['/api/v1/mentor-statuses', 'is_paused'],
      ['/api/v1/pause-records', 'is_active'],
    ] as const) {
      for (const flag of [true, false]) {
        const res = await t.request('GET', `${url}?${field}=${String(flag)}&limit=100`);
        expect(res.statusCode, res.body).toBe(200);
        const rows = (res.json().data as Json[]).map((r) => r[field]);
        expect(rows.length, `${url}?${field}=${String(flag)}`).toBeGreaterThan(0);
        expect(new Set(rows)).toEqual(new Set([flag]));
      }
      for (const legacy of ['1', '0', 'TRUE', 'yes', '']) {
        const res = await t.request('GET', `${url}?${field}=${legacy}`);
        expect(res.statusCode, `${url}?${field}=${legacy}`).toBe(400);
        expect(res.json().error.code).toBe('BAD_REQUEST');
      }
    }
  });
});
