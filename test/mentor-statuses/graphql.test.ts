// The GraphQL side of issue 3: createMentor, Mentor.pauseRecords, MentorStatus.history, pauseRecord(s), batching.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('mentors subgraph GraphQL', () => {
  it('createMentor generates an id when none is given, and a status can then be recorded', async () => {
    const r = await t.graphql(
      'mutation { createMentor(input: { fullName: "Ada Berg", email: "Ada@Example.org", orgId: "org_nansen_01" }) { mentor { id email createdAt status { status } } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.createMentor.mentor).toMatchObject({
      id: expect.stringMatching(/^mentor-[0-9a-f]{12}$/),
      email: 'ada@example.org',
      status: null,
    });
    const id = r.data.createMentor.mentor.id;
    const s = await t.graphql(
      'mutation ($id: ID!) { createMentorStatus(input: { mentorId: $id, status: ACTIVE, metadata: { initiatedBy: "coord-1", notes: "onboarded" } }) { mentorStatus { status isPaused history { fromStatus toStatus initiatedBy notes } } } }',
      { id },
    );
    expect(s.data.createMentorStatus.mentorStatus).toEqual({
      status: 'ACTIVE',
      isPaused: false,
      history: [{ fromStatus: null, toStatus: 'ACTIVE', initiatedBy: 'coord-1', notes: 'onboarded' }],
    });
  });

  it('Mentor.pauseRecords filters and paginates, newest start first', async () => {
    const r = await t.graphql(
      '{ mentor(id: "mentor-001") { all: pauseRecords { items { id isActive startDate } pageInfo { total } } active: pauseRecords(isActive: true) { items { id } } } }',
    );
    expect(r.data.mentor.all.pageInfo.total).toBeGreaterThan(0);
    expect(r.data.mentor.active.items).toEqual([]);
    const made = await t.graphql(
      'mutation { createPauseRecord(input: { mentorId: "mentor-001", reason: HEALTH }) { pauseRecord { id isActive } } }',
    );
    expect(made.data.createPauseRecord.pauseRecord.isActive).toBe(true);
    const p = await t.graphql(
      '{ mentor(id: "mentor-001") { pauseRecords(limit: 1) { items { id endDate } pageInfo { page limit total } } } }',
    );
    expect(p.data.mentor.pauseRecords).toEqual({
      items: [{ id: made.data.createPauseRecord.pauseRecord.id, endDate: null }],
      pageInfo: { page: 1, limit: 1, total: 2 },
    });
    const p2 = await t.graphql(
      '{ mentor(id: "mentor-001") { pauseRecords(page: 2, limit: 1) { items { isActive } } } }',
    );
    expect(p2.data.mentor.pauseRecords.items).toEqual([{ isActive: false }]);
  });

  it('pauseRecord answers null for an unknown id; pauseRecords rejects an unknown mentor', async () => {
    expect((await t.graphql('{ pauseRecord(id: "pause-rec-9999") { id } }')).data.pauseRecord).toBeNull();
    const r = await t.graphql('{ pauseRecords(mentorId: "mentor-999") { pageInfo { total } } }');
    expect(r.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('loads status, history, pause records and detailVersion of a page of mentors with one statement each', async () => {
    const { result, statements } = await t.database.statements.measure(() =>
      t.graphql(`{ mentors(limit: 30) { items {
      id detailVersion status { status pauseReason history { toStatus } } pauseRecords(isActive: false, limit: 2) { items { id } } } } }`),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.mentors.items).toHaveLength(30);
    expect(statements).toBe(6); // page, total, status, history, pause records, versions
  });
});
