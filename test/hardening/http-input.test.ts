// HTTP-level input an outside probe turned into 500s: deeply nested JSON, static asset names of Object.prototype,
// GraphQL requests whose operation cannot be picked, a wrong APQ hash, and list paths with a trailing slash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { routeTable } from '../../gateway/rest/table.js';
import { pathsOf } from '../../gateway/rest/register.js';
import { maxJsonDepth } from '../../gateway/http/body-depth.js';
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

/** `levels` nested arrays, as JSON text. */
const deepArray = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
/** `{"a":{"a":…1}}` nested `levels` objects deep, as JSON text. */
const deepObject = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const depthMessage = /nests arrays\/objects deeper than 32 levels/;
const withIds = (path: string) => path.replace(/:(\w+)/g, 'mentor-001');
const bodyRows = routeTable.filter((row) => row.body).map((row) => [`${row.method} ${row.path}`, row] as const);

/** Expects the 400 of a too-deep request, in the error shape, with the database unchanged. */
async function expectTooDeep(method: string, url: string, payload: string) {
  const before = await changes();
  const res = await t.app.inject({
    method: method as 'POST',
    url,
    payload,
    headers: { 'content-type': 'application/json' },
  });
  expect(res.statusCode, `${method} ${url} -> ${res.body.slice(0, 200)}`).toBe(400);
  expect(res.json()).toEqual({ error: { code: 'BAD_REQUEST', message: expect.stringMatching(depthMessage) } });
  expect(await changes(), `${method} ${url} changed the database`).toBe(before);
}

describe('JSON nesting limit', () => {
  it.each(bodyRows)('%s: a body nested past the limit is a 400 on both paths, however deep', async (_n, row) => {
    for (const path of pathsOf(row)) {
      const url = withIds(path);
      for (const levels of [maxJsonDepth + 1, 5000, 200_000]) await expectTooDeep(row.method, url, deepArray(levels));
      // under every documented key of the body (e.g. a report's `fields`)
      const keys = Object.keys((row.body as { shape?: object }).shape ?? {});
      for (const key of keys) await expectTooDeep(row.method, url, `{"${key}":${deepObject(10_000)}}`);
    }
  });

  it('a body exactly at the limit is not refused for its depth', async () => {
    const res = await t.request('POST', '/api/v1/reports', `{"fields":${deepObject(maxJsonDepth - 1)}}`);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.body).not.toMatch(depthMessage);
  });

  it('POST /graphql: deep variables (updateReport fields) are a 400 and change nothing', async () => {
    const query = 'mutation($input: UpdateReportInput!) { updateReport(id: "rpt_x", input: $input) { report { id } } }';
    const body = `{"query":${JSON.stringify(query)},"variables":{"input":{"fields":${deepObject(10_000)}}}}`;
    await expectTooDeep('POST', '/graphql', body);
  });

  it('GET /graphql: deep `variables` or `extensions` are a 400', async () => {
    for (const name of ['variables', 'extensions']) {
      const url = `/graphql?query=${encodeURIComponent('{ __typename }')}&${name}=${encodeURIComponent(`{"a":${deepArray(5000)}}`)}`;
      const res = await t.app.inject({ method: 'GET', url, headers: { 'apollo-require-preflight': 'true' } });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toMatch(depthMessage);
    }
  });
});

describe('static routes and names of Object.prototype', () => {
  const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
  it.each(['/docs/assets/', '/graphiql/', '/assets/badges/'])('%s<prototype name> is a 404', async (prefix) => {
    for (const name of names) {
      const res = await t.request('GET', prefix + name);
      expect(res.statusCode, `${prefix}${name} -> ${res.body}`).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('the real assets are still served', async () => {
    for (const url of ['/docs/assets/swagger-ui.css', '/graphiql/graphiql.js', '/assets/badges/10h.png'])
      expect((await t.request('GET', url)).statusCode, url).toBe(200);
  });
});

describe('GraphQL request errors are 400 and say what is wrong', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['two operations, no name', { query: 'query A { __typename } query B { __typename }' }, /2 operations \(A, B\)/],
    ['an unknown operation name', { query: 'query A { __typename }', operationName: 'Z' }, /no operation named "Z"/],
    ['a subscription', { query: 'subscription { x }' }, /subscriptions are not supported/],
    [
      'an APQ hash that does not match the query',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
      /sha does not match/,
    ],
  ];
  it.each(cases)('%s', async (_n, body, message) => {
    const res = await t.request('POST', '/graphql', body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(message), extensions: { code: 'BAD_REQUEST' } }),
    ]);
  });

  it('a document that resolves still runs', async () => {
    const res = await t.request('POST', '/graphql', {
      query: 'query A { __typename } query B { __typename }',
      operationName: 'B',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('a trailing slash', () => {
  const rows = routeTable.map((row) => [`${row.method} ${row.path}`, row] as const);
  it.each(rows)('%s answers the same with and without it, on both paths', async (_n, row) => {
    for (const path of pathsOf(row)) {
      // writes go to an id that does not exist, so both requests reach the row and neither changes anything
      const url = row.method === 'GET' ? withIds(path) : path.replace(/:(\w+)/g, 'no-such-id');
      const body = row.body ? {} : undefined;
      const before = await changes();
      const plain = await t.request(row.method, url, body);
      const slashed = await t.request(row.method, `${url}/`, body);
      expect(slashed.statusCode, `${row.method} ${url}/ -> ${slashed.body.slice(0, 200)}`).toBe(plain.statusCode);
      if (row.method === 'GET' && plain.statusCode === 200)
        expect(Object.keys(slashed.json())).toEqual(Object.keys(plain.json()));
      if (row.method !== 'GET') expect(slashed.json()).toEqual(plain.json());
      if (row.method !== 'GET') expect(await changes(), `${row.method} ${url} changed the database`).toBe(before);
    }
  });
});
