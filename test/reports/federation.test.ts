// Owners checked through the federation, the entity fields (Mentor.reports, Activity.reports), ids and DB guards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.js';
import { insertReport } from '../../subgraphs/reports/write-store.js';
import { activitiesOf, createReport, expectError, expectUnchanged, type SeedActivity } from './support.js';

let t: TestApp;
let nansen: SeedActivity;
let other: SeedActivity;
let fjord: SeedActivity;
beforeAll(async () => {
  t = await startTestApp();
  [nansen] = await activitiesOf(t, 'mentor-003', 1);
  [other] = await activitiesOf(t, 'mentor-004', 1);
  [fjord] = await activitiesOf(t, 'mentor-040', 1);
});
afterAll(async () => {
  await t?.close();
});

const post = (a: { id: string; mentorId: string; orgId: string }) =>
  t.request('POST', '/api/v1/reports', {
    activity_id: a.id,
    peer_mentor_id: a.mentorId,
    org_id: a.orgId,
    fields: { session_date: '2026-03-20' },
  });

describe('owners are checked through the federation', () => {
  it.each([
    ['an unknown activity', () => ({ ...nansen, id: 'act_999999' }), 404, "activity 'act_999999' was not found"],
    ['an unknown mentor', () => ({ ...nansen, mentorId: 'mentor-999' }), 404, "mentor 'mentor-999' was not found"],
    [
      'an activity of another mentor',
      () => ({ ...other, mentorId: nansen.mentorId }),
      422,
      /belongs to mentor 'mentor-004'/,
    ],
    [
      "an org_id that is not the mentor's",
      () => ({ ...nansen, orgId: 'org_fjord_02' }),
      422,
      /organisation 'org_nansen_01'/,
    ],
    ['an org_id that exists nowhere', () => ({ ...fjord, orgId: 'org_x' }), 422, /got 'org_x'/],
  ])('rejects %s, changing nothing', async (_name, make, status, message) => {
    await expectUnchanged(t, async () => {
      const res = await post(make());
      expectError(res, status, status === 404 ? 'NOT_FOUND' : 'UNPROCESSABLE');
      expect(res.json().error.message).toMatch(message);
    });
  });

  it('accepts a matching activity, mentor and organisation in both organisations', async () => {
    expect((await post(nansen)).statusCode).toBe(201);
    expect((await post(fjord)).statusCode).toBe(201);
  });
});

describe('entity fields', () => {
  it('Mentor.reports filters by status, and rejects an unknown status', async () => {
    const id = await createReport(t, fjord);
    const q = `query ($s: ReportStatus) { mentor(id: "${fjord.mentorId}") { reports(status: $s) { reportId: id status } } }`;
    const drafts = await t.graphql(q, { s: 'DRAFT' });
    expect(drafts.errors).toBeUndefined();
    expect(drafts.data.mentor.reports.map((r: { reportId: string }) => r.reportId)).toContain(id);
    for (const r of drafts.data.mentor.reports) expect(r.status).toBe('DRAFT');
    const submitted = await t.graphql(q, { s: 'SUBMITTED' });
    expect(submitted.data.mentor.reports.map((r: { reportId: string }) => r.reportId)).not.toContain(id);
    expect((await t.graphql(q, { s: 'LOST' })).errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('Activity.reports lists the reports on an activity, reached from a report', async () => {
    const a = (await activitiesOf(t, 'mentor-040', 3))[2];
    const ids = [await createReport(t, a), await createReport(t, a)];
    const res = await t.graphql(
      `{ report(id: "${ids[0]}") { activity { id mentorId orgId reports { reportId: id activityId } } mentor { id orgId } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { activity, mentor } = res.data.report;
    expect(activity).toMatchObject({ id: a.id, mentorId: a.mentorId, orgId: a.orgId });
    expect(activity.reports.map((r: { reportId: string }) => r.reportId).sort()).toEqual([...ids].sort());
    expect(mentor).toEqual({ id: a.mentorId, orgId: a.orgId });
  });

  it('loads Activity.reports for a whole page in one statement', async () => {
    const q = (limit: number) => `{ reports(limit: ${limit}) { items { activity { reports { id } } } } }`;
    const small = await t.database.statements.measure(() => t.graphql(q(2)));
    const large = await t.database.statements.measure(() => t.graphql(q(50)));
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data.reports.items).toHaveLength(50);
    // page + count + one batch of reports by activity
    expect(large.statements).toBe(3);
    expect(small.statements).toBe(3);
  });
});

describe('ids and database guards', () => {
  it('draws another id when the first one is taken', async () => {
    const taken = await createReport(t, nansen);
    const ids = [taken, taken, 'rpt_0000abcd'];
    const row = await insertReport(
      t.database.db,
      { activityId: nansen.id, peerMentorId: nansen.mentorId, orgId: nansen.orgId, fields: {} },
      new Date(),
      () => ids.shift()!,
    );
    expect(row.reportId).toBe('rpt_0000abcd');
    expect(ids).toEqual([]);
  });

  it.each([
    [
      'a malformed id',
      `insert into reports.reports (report_id, activity_id, peer_mentor_id, org_id) values ('rpt_XYZ', 'a', 'm', 'o')`,
    ],
    ['submitted without submitted_at', `update reports.reports set status = 'submitted' where status = 'draft'`],
    [
      'submitted without session_date',
      `update reports.reports set fields = (fields::jsonb - 'session_date')::json where status = 'submitted'`,
    ],
    ['an unknown status', `update reports.reports set status = 'archived'`],
    ['updated_at before created_at', `update reports.reports set updated_at = created_at - interval '1 second'`],
  ])('the database refuses %s', async (_name, statement) => {
    await expectUnchanged(t, async () => {
      const error: unknown = await t.database.db.execute(sql.raw(statement)).then(
        () => new Error('the statement succeeded'),
        (e: unknown) => e,
      );
      // a constraint refuses it, not a mistake in the statement
      const text = `${String(error)} ${String((error as { cause?: unknown }).cause)}`;
      expect(text).toMatch(/violates (check|not-null) constraint/);
    });
  });
});

describe('GraphQL mutations', () => {
  const create = `mutation ($i: CreateReportInput!) { createReport(input: $i) { report { id status fieldCount hasWayForward submittedAt } } }`;
  const update = `mutation ($id: ID!, $i: UpdateReportInput!) { updateReport(id: $id, input: $i) { report { status fields submittedAt } } }`;

  it('create → update → delete with the same rules as REST', async () => {
    const made = await t.graphql(create, {
      i: {
        activityId: fjord.id,
        peerMentorId: fjord.mentorId,
        orgId: fjord.orgId,
        fields: { way_forward: 'Call back', rooms: 2 },
      },
    });
    expect(made.errors).toBeUndefined();
    expect(made.data.createReport.report).toMatchObject({
      status: 'DRAFT',
      fieldCount: 2,
      hasWayForward: true,
      submittedAt: null,
    });
    const id = made.data.createReport.report.id;
    const upd = await t.graphql(update, {
      id,
      i: { fields: { rooms: null, session_date: '2026-01-02' }, status: 'SUBMITTED' },
    });
    expect(upd.errors).toBeUndefined();
    expect(upd.data.updateReport.report.fields).toEqual({ way_forward: 'Call back', session_date: '2026-01-02' });
    const back = await t.graphql(update, { id, i: { status: 'DRAFT' } });
    expect(back.errors![0].extensions.code).toBe('CONFLICT');
    const del = await t.graphql(`mutation { deleteReport(id: "${id}") { deletedId } }`);
    expect(del.data.deleteReport).toEqual({ deletedId: id });
    expect((await t.graphql(`{ report(id: "${id}") { id } }`)).data.report).toBeNull();
  });

  it.each([
    ['a nested value', { fields: { venue: { room: 1 } } }, 'BAD_REQUEST'],
    ['an unknown status', { status: 'ARCHIVED' }, 'BAD_USER_INPUT'],
    ['neither fields nor status', {}, 'BAD_REQUEST'],
    [
      '51 organisation fields',
      { fields: Object.fromEntries(Array.from({ length: 51 }, (_x, i) => [`f${i}`, i])) },
      'UNPROCESSABLE',
    ],
  ])('updateReport refuses %s with %s, changing nothing', async (_name, input, code) => {
    const id = await createReport(t, fjord);
    await expectUnchanged(t, async () => {
      const res = await t.graphql(update, { id, i: input });
      expect(res.errors![0].extensions.code).toBe(code);
    });
  });
});
