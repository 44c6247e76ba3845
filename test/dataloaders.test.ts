// Batching measured at the database: statements per request do not grow with the number of rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const dashboard = (limit: number) => `{ mentors(limit: ${limit}) { items {
  id fullName status { status isPaused } openAssignmentCount daysUntilExpiry
  certification { expiryDate } activeAssignments { id }
  activitySummary(period: MONTH) { totalActivities totalSessions }
  milestones { id } reports { id }
} pageInfo { total } } }`;

async function statementsFor(query: string) {
  const { result, statements, queries } = await t.database.statements.measure(() => t.graphql(query));
  expect(result.errors).toBeUndefined();
  return { statements, queries, result };
}

describe('DataLoader batching across the federation', () => {
  it('issues the same number of statements for 5 and for 50 mentors', async () => {
    const small = await statementsFor(dashboard(5));
    const large = await statementsFor(dashboard(50));
    expect(large.result.data.mentors.items).toHaveLength(50);
    expect(large.statements).toBe(small.statements);
    // page + count, status and certification in one, assignments, activity summary, milestones, reports
    expect(large.statements).toBe(7);
  });

  it('reads each table at most once for one mentor’s detail', async () => {
    const { statements, queries } = await statementsFor(
      dashboard(1).replace('mentors(limit: 1)', 'mentors(limit: 1, orgId: "org_fjord_02")'),
    );
    expect(statements).toBeLessThanOrEqual(8);
    const froms = queries.map((q) => (q.match(/from "(\w+)"\."(\w+)"/) ?? []).slice(1).join('.'));
    expect(new Set(froms.filter((f) => f !== 'mentors.mentors')).size).toBe(
      froms.filter((f) => f !== 'mentors.mentors').length,
    );
  });
});
