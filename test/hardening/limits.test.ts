// Operation limits, masking, CSRF prevention, introspection and body size on the gateway.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClientSchema,
  getIntrospectionQuery,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
} from 'graphql';
import { startTestApp, type TestApp } from '../support/app.js';
import { buildApp } from '../../gateway/http/app.js';
import { introspectionAllowed } from '../../gateway/gateway.js';
import { operationGuards, operationLimits } from '../../gateway/limits.js';
import { routeTable } from '../../gateway/rest/table.js';
import { queryText } from '../../gateway/rest/documents.js';
import * as restDocuments from '../../gateway/rest/gql/graphql.js';
import { expectCodedErrors, expectNoLeak } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const post = (query: string) => t.request('POST', '/graphql', { query });
const F = 'fragment F on Mentor { id fullName email orgId status { status isPaused } }';
/** mentor -> reports -> mentor -> ... `levels` times (the schema's one cycle), ending in fragment F. */
const chain = (levels: number, leaf = '...F') => {
  let s = leaf;
  for (let i = 0; i < levels; i++) s = `reports { mentor { ${s} } }`;
  return `{ mentor(id: "mentor-001") { ${s} } } ${F}`;
};

async function rejected(query: string, limit: RegExp) {
  const res = await post(query);
  expect(res.statusCode, res.body).toBe(400);
  const json = res.json();
  expect(json.data).toBeUndefined();
  expect(json.errors[0].message).toMatch(limit);
  expectCodedErrors(json, 'limit');
  expectNoLeak(res.body, 'limit');
}

describe('operation limits (GraphQL Armor on the gateway)', () => {
  it('depth: a query nested within the limit runs, one beyond it is rejected before execution', async () => {
    const ok = await post(chain(3));
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data.mentor.reports[0].mentor.reports).toBeDefined();
    await rejected(chain(5), new RegExp(`depth limit of ${operationLimits.maxDepth} exceeded`));
  });

  it('cost: a fragment bomb within the depth limit is rejected', async () => {
    const frag = (name: string, next: string) =>
      `fragment ${name} on Mentor { reports { mentor { ${`...${next} `.repeat(6)} } } }`;
    const bomb = `{ mentor(id: "mentor-001") { ...A } } ${frag('A', 'B')} ${frag('B', 'C')} ${frag('C', 'D')} ${frag('D', 'F')} ${F}`;
    await rejected(bomb, /Query Cost limit of \d+ exceeded/i);
  });

  it('aliases, directives and tokens are limited', async () => {
    const aliases = Array.from(
      { length: operationLimits.maxAliases + 1 },
      (_, i) => `a${i}: mentor(id: "mentor-001") { id }`,
    );
    await rejected(`{ ${aliases.join(' ')} }`, /Aliases limit/);
    const ok = await post(`{ ${aliases.slice(1).join(' ')} }`);
    expect(ok.statusCode).toBe(200);
    const directives = Array.from(
      { length: operationLimits.maxDirectives + 1 },
      (_, i) => `f${i % 10}: __typename @skip(if: false)`,
    );
    await rejected(`{ ${directives.join(' ')} }`, /Directives limit|Aliases limit/);
    await rejected(
      `{ ${'__typename '.repeat(operationLimits.maxTokens)} }`,
      new RegExp(`more that ${operationLimits.maxTokens} tokens`),
    );
  });

  it('every operation the REST layer sends (route table rows and handler rows) stays within the limits', async () => {
    const intro = await t.graphql(getIntrospectionQuery());
    const schema = buildClientSchema(intro.data);
    const rules = [...specifiedRules, ...operationGuards({ hideSuggestions: false }).validationRules];
    // Every typed document under gateway/rest (codegen's output): the rows' own and those the handler rows run.
    const documents = new Map<DocumentNode, string>();
    for (const [name, value] of Object.entries(restDocuments))
      if (value.kind === Kind.DOCUMENT) documents.set(value, name);
    const rows = routeTable.filter((r) => r.document);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(documents.has(row.document!), `${row.method} ${row.path}`).toBe(true);
    expect(documents.size).toBeGreaterThan(new Set(rows.map((r) => r.document)).size);
    for (const [document, name] of documents) {
      // the text as sent, parsed with the gateway's token limit
      const doc = parse(queryText(document), { maxTokens: operationLimits.maxTokens });
      expect(
        validate(schema, doc, rules).map((e) => e.message),
        name,
      ).toEqual([]);
    }
  });
});

describe('errors and introspection', () => {
  it('shows field suggestions in development and hides them in production', async () => {
    const dev = await post('{ mentorz }');
    expect(dev.json().errors[0].message).toMatch(/Did you mean/);
    const prod = await buildApp({
      database: t.database,
      logLevel: 'silent',
      introspection: false,
      hideSuggestions: true,
    });
    try {
      const res = await prod.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ mentorz }' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].message).not.toMatch(/Did you mean|mentors/);
      expect(res.json().errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const intro = await prod.app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: '{ __schema { types { name } } }' },
      });
      expect(intro.statusCode).toBe(400);
      expect(intro.json().errors[0].message).toMatch(/introspection/i);
    } finally {
      await prod.close();
    }
  });

  it('introspection is on by default and off with NODE_ENV=production unless INTROSPECTION=true', async () => {
    expect(introspectionAllowed({})).toBe(true);
    expect(introspectionAllowed({ NODE_ENV: 'production' })).toBe(false);
    expect(introspectionAllowed({ NODE_ENV: 'production', INTROSPECTION: 'true' })).toBe(true);
    const res = await post(getIntrospectionQuery());
    expect(res.statusCode).toBe(200);
    expect(res.json().data.__schema.queryType.name).toBe('Query');
  });

  it('unknown fields, bad syntax and bad variables answer 400 with a code and nothing internal', async () => {
    for (const [query, variables] of [
      ['{ nope }', undefined],
      ['{ mentor(id: ', undefined],
      ['query ($id: ID!) { mentor(id: $id) { id } }', { id: { $gt: '' } }],
      ['query ($id: ID!) { mentor(id: $id) { id } }', undefined],
    ] as const) {
      const res = await t.request('POST', '/graphql', { query, variables });
      expect(res.statusCode, query).toBe(400);
      expectCodedErrors(res.json(), query);
      expectNoLeak(res.body, query);
    }
  });
});

describe('CSRF prevention and body size', () => {
  it('blocks simple (form-like) requests, while JSON posts and the GraphiQL page work', async () => {
    const form = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'text/plain' },
      payload: '{"query":"{__typename}"}',
    });
    expect(form.statusCode).toBe(400);
    const get = await t.app.inject({ method: 'GET', url: '/graphql?query=%7B__typename%7D' });
    expect(get.statusCode).toBe(400);
    expect(get.body).toMatch(/CSRF/);
    const preflighted = await t.app.inject({
      method: 'GET',
      url: '/graphql?query=%7B__typename%7D',
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.json()).toEqual({ data: { __typename: 'Query' } });
    const page = await t.app.inject({ method: 'GET', url: '/graphql', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('GraphiQL');
    // GraphiQL's fetcher posts application/json, which is not a simple request.
    const graphiql = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', accept: 'application/json, multipart/mixed' },
      payload: { query: '{ __typename }' },
    });
    expect(graphiql.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a body over 1 MB with 413 in the error shape, on /graphql and on REST', async () => {
    const big = 'x'.repeat(1_048_577);
    const restRow = routeTable.find((r) => r.method === 'POST') ?? routeTable[0];
    for (const url of ['/graphql', restRow.path.replace(/:(\w+)/g, 'mentor-001')]) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ query: '{__typename}', pad: big }),
      });
      expect(res.statusCode, url).toBe(413);
      expect(res.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: expect.any(String) } });
    }
  });
});
