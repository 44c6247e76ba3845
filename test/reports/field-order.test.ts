// A report's fields keep the caller's key order (issue 15 item 9): on create, and through a PUT merge, which keeps
// existing keys where they are and appends new ones — over REST and GraphQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { activitiesOf, createReport, type SeedActivity } from './support.js';

let t: TestApp;
let act: SeedActivity;
beforeAll(async () => {
  t = await startTestApp();
  [act] = await activitiesOf(t, 'mentor-007', 1);
});
afterAll(async () => {
  await t?.close();
});

const sent = { zeta: 1, attendance_count: 3, alpha: 'x', session_date: '2026-03-20' };
const fieldsText = async (id: string) => {
  const res = await t.request('GET', `/api/v1/reports/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return JSON.stringify(res.json().fields);
};

describe('order of report fields over REST', () => {
  it('GET answers the fields in the order the create sent them', async () => {
    const id = await createReport(t, act, sent);
    expect(await fieldsText(id)).toBe(JSON.stringify(sent));
  });

  it('a PUT keeps existing keys in place, removes nulls and appends new keys in the order sent', async () => {
    const id = await createReport(t, act, sent);
    const res = await t.request('PUT', `/api/v1/reports/${id}`, { fields: { alpha: null, new_key: true, zeta: 2 } });
    expect(res.statusCode, res.body).toBe(200);
    const expected = JSON.stringify({ zeta: 2, attendance_count: 3, session_date: '2026-03-20', new_key: true });
    expect(await fieldsText(id)).toBe(expected);
  });
});

describe('order of report fields over GraphQL', () => {
  it('createReport and updateReport keep the order of the variables and of a literal', async () => {
    const created = await t.graphql(
      `mutation C($input: CreateReportInput!) { createReport(input: $input) { report { id fields } } }`,
      { input: { activityId: act.id, peerMentorId: act.mentorId, orgId: act.orgId, fields: sent } },
    );
    expect(created.errors).toBeUndefined();
    const report = (created.data as { createReport: { report: { id: string; fields: object } } }).createReport.report;
    expect(JSON.stringify(report.fields)).toBe(JSON.stringify(sent));
    const updated = await t.graphql(
      `mutation { updateReport(id: "${report.id}", input: { fields: { b_new: 1, zeta: null, a_new: "y" } }) { report { fields } } }`,
    );
    expect(updated.errors).toBeUndefined();
    const fields = (updated.data as { updateReport: { report: { fields: object } } }).updateReport.report.fields;
    expect(JSON.stringify(fields)).toBe(
      JSON.stringify({ attendance_count: 3, alpha: 'x', session_date: '2026-03-20', b_new: 1, a_new: 'y' }),
    );
  });
});
