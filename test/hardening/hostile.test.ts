// Hostile input: generated requests against every REST route row and /graphql — no 5xx, no leak, no change when rejected.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { routeTable } from '../../gateway/rest/table.js';
import { restRequest } from './arbitraries.js';
import { graphqlBody, graphqlGetUrl } from './graphql-arbitraries.js';
import { expectCodedErrors, expectNoLeak, installChangeCounter } from './support.js';

let t: TestApp;
let changes: () => Promise<number>;
let sent = 0;
beforeAll(async () => {
  t = await startTestApp();
  changes = await installChangeCounter(t.database.db);
});
afterAll(async () => {
  await t?.close();
});

/** Sends one request; checks no 5xx, no leak, and that a rejected request left the database as it was. */
async function probe(method: string, url: string, body: string | undefined, headers: Record<string, string> = {}) {
  const before = await changes();
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { payload: body }),
  });
  sent++;
  const where = `${method} ${url.slice(0, 120)} ${body?.slice(0, 120) ?? ''}`;
  expect(res.statusCode, `${where} -> ${res.body.slice(0, 300)}`).toBeLessThan(500);
  expectNoLeak(res.body, where);
  const json = JSON.parse(res.body);
  const graphqlRejected =
    url.startsWith('/graphql') &&
    json.errors?.length &&
    (json.data == null || Object.values(json.data).every((v) => v === null));
  if (res.statusCode >= 400 || graphqlRejected) {
    expect(await changes(), `rejected request changed the database: ${where}`).toBe(before);
  }
  if (url.startsWith('/graphql') && res.statusCode !== 413) expectCodedErrors(json, where);
  else if (res.statusCode >= 400)
    expect(json, where).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
}

const restRuns = Math.max(25, Math.ceil(1400 / routeTable.length));

describe('hostile input', () => {
  it.each(routeTable.map((row) => [`${row.method} ${row.path}`, row] as const))(
    'REST %s: no 5xx, rejected requests change nothing',
    async (_name, row) => {
      await fc.assert(
        fc.asyncProperty(restRequest(row), async (r) => probe(r.method, r.url, r.body)),
        { numRuns: restRuns },
      );
    },
  );

  it('POST /graphql: deep, wide, unknown fields, wrong types, malformed JSON', async () => {
    await fc.assert(
      fc.asyncProperty(graphqlBody, async (body) => probe('POST', '/graphql', body)),
      { numRuns: 460 },
    );
  });

  it('GET /graphql with generated queries', async () => {
    await fc.assert(
      fc.asyncProperty(graphqlGetUrl, async (url) => probe('GET', url, undefined, { 'apollo-require-preflight': '1' })),
      { numRuns: 150 },
    );
  });

  it('sent at least 2000 generated requests across the route table and /graphql', () => {
    expect(sent).toBeGreaterThanOrEqual(2000);
  });
});
