// SQL statements per milestones request (all subgraphs share the test database, so federation lookups count too).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { addMentor, detectBody } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await addMentor(t, 'ms-cost');
});
afterAll(async () => {
  await t?.close();
});

async function cost(method: string, url: string, body?: unknown) {
  const { result, statements } = await t.database.statements.measure(() => t.request(method, url, body));
  expect(result.statusCode, result.body).toBeLessThan(300);
  return statements;
}

it('keeps each endpoint to a fixed, small number of statements', async () => {
  const figures = {
    detectWithSummary: await cost('POST', '/api/v1/milestones', detectBody('ms-cost', [312.5, 47, 198])),
    detectFromStats: await cost('POST', '/api/v1/milestones', { mentor_id: 'ms-cost', period: { year: 2025 } }),
    list: await cost('GET', '/api/v1/milestones?mentor_id=ms-cost'),
    get: await cost('GET', '/api/v1/milestones/milestone_100h:ms-cost'),
    inProgress: await cost('GET', '/api/v1/milestones/ms-cost/in-progress'),
    recent: await cost('GET', '/api/v1/milestones/ms-cost/new'),
    update: await cost('PUT', '/api/v1/milestones/milestone_100h:ms-cost', { achieved_at: '2025-07-14T16:30:00Z' }),
    remove: await cost('DELETE', '/api/v1/milestones/milestone_100h:ms-cost'),
  };
  // detect: mentor lookup, catalog, stats' crossings (one per type) [+ totals], then in the transaction
  // per-mentor advisory lock, row lock, upsert, delete stale, read back. update: advisory lock, row lock, read, write,
  // read back. (begin/commit are not counted.)
  expect(figures).toEqual({
    detectWithSummary: 10,
    detectFromStats: 11,
    list: 3,
    get: 1,
    inProgress: 2,
    recent: 2,
    update: 5,
    remove: 1,
  });
});
