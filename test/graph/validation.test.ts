// Typed arguments at the gateway: a bad enum, Date or DateTime is refused by GraphQL validation (HTTP 400) before any
// subgraph is asked, with a message naming the argument and what was expected — the same in every subgraph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const post = (query: string, variables?: Record<string, unknown>) =>
  t.request('POST', '/graphql', { query, variables });

describe('bad typed values are validation errors (HTTP 400)', () => {
  it.each([
    ['an unknown enum filter (mentors)', '{ mentors(status: BOGUS) { pageInfo { total } } }', /MentorState/],
    ['an unknown enum filter (milestones)', '{ milestones(status: DONE) { pageInfo { total } } }', /MilestoneStatus/],
    ['an unknown enum filter (reports)', '{ reports(status: FILED) { pageInfo { total } } }', /ReportStatus/],
    [
      'a lower-case enum value',
      '{ mentor(id: "mentor-001") { personalStats(period: last_30_days) { period } } }',
      /StatsPeriod/,
    ],
    [
      'a bad Date literal',
      '{ mentor(id: "mentor-001") { personalStats(asOf: "2026-02-30") { period } } }',
      /Date: expected a calendar date YYYY-MM-DD.*got '2026-02-30'/,
    ],
  ])('%s', async (_what, query, message) => {
    const res = await post(query);
    expect(res.statusCode, res.body).toBe(400);
    const [error] = res.json().errors;
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(message);
  });

  it('a bad DateTime variable names the variable, the field and what was expected', async () => {
    const res = await post(
      'mutation ($input: CreatePauseRecordInput!) { createPauseRecord(input: $input) { pauseRecord { id } } }',
      {
        input: { mentorId: 'mentor-001', reason: 'HEALTH', startDate: '2026-03-20 10:00' },
      },
    );
    expect(res.statusCode, res.body).toBe(400);
    const [error] = res.json().errors;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/\$input.*input\.startDate|startDate.*\$input/);
    expect(error.message).toMatch(/DateTime: expected an ISO 8601 timestamp with a zone/);
  });

  it('the same filter answers the same way in every subgraph: an unknown value is never an empty page', async () => {
    for (const query of [
      '{ mentors(status: ASLEEP) { pageInfo { total } } }',
      '{ milestones(type: STEPS) { pageInfo { total } } }',
      '{ reports(status: LOST) { pageInfo { total } } }',
    ]) {
      const res = await post(query);
      expect([query, res.statusCode, res.json().data]).toEqual([query, 400, undefined]);
    }
  });
});

describe('the REST layer maps the graph values to the contracts', () => {
  it('an unknown enum value in a REST body is a 422 naming the REST field and its values', async () => {
    const res = await t.request('POST', '/api/v1/pause-records', {
      mentor_id: 'mentor-003',
      reason: 'vacation',
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toEqual({
      error: {
        code: 'UNPROCESSABLE',
        message:
          'reason must be one of certification_expiry, personal_leave, health, relocation, other, got "vacation"',
      },
    });
  });

  it('a date-only REST timestamp is UTC midnight', async () => {
    const res = await t.request('POST', '/api/v1/pause-records', {
      mentor_id: 'mentor-005',
      reason: 'health',
      start_date: '2026-03-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ start_date: '2026-03-01T00:00:00Z', reason: 'health' });
  });
});
