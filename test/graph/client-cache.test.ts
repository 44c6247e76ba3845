// A normalised client cache follows every write from the mutation's answer alone (issue 16 item 3): Apollo Client 4's
// InMemoryCache with no type policies loads the mentor detail view, each mutation selects the detail fields on the
// payload's `mentor`, and the detail query read cache-only then shows the change — no refetch, no cache surgery.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloClient, HttpLink, InMemoryCache, gql, type OperationVariables } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let client: ApolloClient;
const warnings: unknown[] = [];
const originalWarn = console.warn;
beforeAll(async () => {
  t = await startTestApp();
  // the client posts to the app in-process (no socket): a fetch over Fastify's inject
  const fetchViaInject: typeof fetch = async (_url, init) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: typeof init?.body === 'string' ? init.body : '',
    });
    return new Response(res.body, { status: res.statusCode, headers: { 'content-type': 'application/json' } });
  };
  client = new ApolloClient({
    link: new HttpLink({ uri: '/graphql', fetch: fetchViaInject }),
    cache: new InMemoryCache(),
  });
  // Apollo warns ("Cache data may be lost …") when it must replace an object it cannot identify: count them
  console.warn = (...args: unknown[]) => warnings.push(args);
});
afterAll(async () => {
  console.warn = originalWarn;
  await t?.close();
});

/** What the mobile app's detail screen shows of a mentor, from all four subgraphs. */
const DETAIL_FIELDS = gql`
  fragment DetailFields on Mentor {
    id
    fullName
    currentStatus
    status {
      id
      status
      isPaused
      pauseReason
      pauseStartDate
    }
    pauseRecords(limit: 5) {
      items {
        id
        isActive
        reason
        endDate
      }
      pageInfo {
        page
        limit
        total
      }
    }
    activitySummary(period: MONTH) {
      totalActivities
      totalSessions
      period
    }
    milestones {
      id
      status
      achievedValue
    }
    reports {
      id
      status
    }
  }
`;
const DETAIL = gql`
  query Detail($id: ID!) {
    mentor(id: $id) {
      ...DetailFields
    }
  }
  ${DETAIL_FIELDS}
`;

interface Detail {
  id: string;
  currentStatus: string;
  status: { id: string; status: string; isPaused: boolean; pauseReason: string | null } | null;
  pauseRecords: { items: { id: string; isActive: boolean }[]; pageInfo: { total: number } };
  activitySummary: { totalActivities: number };
  milestones: { id: string; status: string; achievedValue: number }[];
  reports: { id: string; status: string }[];
}

/** Runs a mutation whose payload selects `mentor { ...DetailFields }`; returns its data. */
async function mutate<T>(text: string, variables: OperationVariables): Promise<T> {
  const mutation: DocumentNode = gql`
    ${text}
    ${DETAIL_FIELDS}
  `;
  const res = await client.mutate<T>({ mutation, variables });
  expect(res.error).toBeUndefined();
  return res.data as T;
}

/** The detail view as the cache holds it now (no request). */
function cached(id: string): Detail {
  const data = client.readQuery<{ mentor: Detail }>({ query: DETAIL, variables: { id } });
  if (!data) throw new Error(`the detail of ${id} is not complete in the cache`);
  return data.mentor;
}

describe('Apollo Client InMemoryCache follows each mutation from its payload', () => {
  it('status, pause records, activities, reports and milestones', async () => {
    const made = await mutate<{ createMentor: { mentor: { id: string } } }>(
      `mutation M($input: CreateMentorInput!) { createMentor(input: $input) { mentor { ...DetailFields } } }`,
      { input: { fullName: 'Cache Client', email: 'cache.client@example.org', orgId: 'org_fjord_02' } },
    );
    const id = made.createMentor.mentor.id;
    const loaded = await client.query<{ mentor: Detail }>({ query: DETAIL, variables: { id } });
    expect(loaded.data?.mentor).toMatchObject({ currentStatus: 'ACTIVE', status: null, reports: [], milestones: [] });

    await mutate(
      `mutation S($input: CreateMentorStatusInput!) { createMentorStatus(input: $input) { mentorStatus { id } mentor { ...DetailFields } } }`,
      { input: { mentorId: id, status: 'ACTIVE' } },
    );
    expect(cached(id).status).toMatchObject({ id, status: 'ACTIVE', isPaused: false });

    await mutate(
      `mutation U($id: ID!, $input: UpdateMentorStatusInput!) { updateMentorStatus(mentorId: $id, input: $input) { mentorStatus { id } mentor { ...DetailFields } } }`,
      { id, input: { status: 'PAUSED', pauseReason: 'HEALTH' } },
    );
    expect(cached(id)).toMatchObject({
      currentStatus: 'PAUSED',
      status: { status: 'PAUSED', isPaused: true, pauseReason: 'HEALTH' },
      pauseRecords: { pageInfo: { total: 1 } },
    });
    const firstPause = cached(id).pauseRecords.items[0].id;

    await mutate(
      `mutation P($id: ID!, $input: UpdatePauseRecordInput!) { updatePauseRecord(id: $id, input: $input) { pauseRecord { id } mentor { ...DetailFields } } }`,
      { id: firstPause, input: { isActive: false } },
    );
    expect(cached(id)).toMatchObject({ currentStatus: 'ACTIVE', pauseRecords: { items: [{ isActive: false }] } });

    const paused = await mutate<{ createPauseRecord: { pauseRecord: { id: string } } }>(
      `mutation C($input: CreatePauseRecordInput!) { createPauseRecord(input: $input) { pauseRecord { id } mentor { ...DetailFields } } }`,
      { input: { mentorId: id, reason: 'RELOCATION' } },
    );
    expect(cached(id)).toMatchObject({ currentStatus: 'PAUSED', pauseRecords: { pageInfo: { total: 2 } } });

    await mutate(`mutation D($id: ID!) { deletePauseRecord(id: $id) { deletedId mentor { ...DetailFields } } }`, {
      id: paused.createPauseRecord.pauseRecord.id,
    });
    expect(cached(id)).toMatchObject({ currentStatus: 'ACTIVE', pauseRecords: { pageInfo: { total: 1 } } });

    const before = cached(id).activitySummary.totalActivities;
    const logged = await mutate<{ logActivity: { activity: { id: string } } }>(
      `mutation L($input: LogActivityInput!) { logActivity(input: $input) { activity { id } mentor { ...DetailFields } } }`,
      {
        input: {
          mentorId: id,
          orgId: 'org_fjord_02',
          activityTypeId: 'act_type_001',
          occurredAt: new Date().toISOString(),
          durationMinutes: 30,
          status: 'COMPLETED',
        },
      },
    );
    expect(cached(id).activitySummary.totalActivities).toBe(before + 1);

    const report = await mutate<{ createReport: { report: { id: string } } }>(
      `mutation R($input: CreateReportInput!) { createReport(input: $input) { report { id } mentor { ...DetailFields } } }`,
      {
        input: {
          activityId: logged.logActivity.activity.id,
          peerMentorId: id,
          orgId: 'org_fjord_02',
          fields: { session_date: '2026-03-20' },
        },
      },
    );
    const reportId = report.createReport.report.id;
    expect(cached(id).reports).toEqual([{ __typename: 'Report', id: reportId, status: 'DRAFT' }]);

    await mutate(
      `mutation E($id: ID!, $input: UpdateReportInput!) { updateReport(id: $id, input: $input) { report { id } mentor { ...DetailFields } } }`,
      { id: reportId, input: { status: 'SUBMITTED' } },
    );
    expect(cached(id).reports).toEqual([{ __typename: 'Report', id: reportId, status: 'SUBMITTED' }]);

    await mutate(`mutation X($id: ID!) { deleteReport(id: $id) { deletedId mentor { ...DetailFields } } }`, {
      id: reportId,
    });
    expect(cached(id).reports).toEqual([]);

    await mutate(
      `mutation T($input: DetectMilestonesInput!) { detectMilestones(input: $input) { milestones { items { id } } mentor { ...DetailFields } } }`,
      {
        input: {
          mentorId: id,
          period: { year: 2026 },
          summary: { totalHours: 12, uniqueContactsHelped: 1, activityCount: 1 },
        },
      },
    );
    const achieved = cached(id).milestones.find((m) => m.status === 'ACHIEVED');
    expect(achieved).toBeDefined();

    await mutate(
      `mutation V($id: ID!, $input: UpdateMilestoneInput!) { updateMilestone(id: $id, input: $input) { milestone { id } mentor { ...DetailFields } } }`,
      { id: achieved!.id, input: { achievedValue: 13 } },
    );
    expect(cached(id).milestones.find((m) => m.id === achieved!.id)?.achievedValue).toBe(13);

    await mutate(`mutation W($id: ID!) { deleteMilestone(id: $id) { deletedId mentor { ...DetailFields } } }`, {
      id: achieved!.id,
    });
    expect(cached(id).milestones.map((m) => m.id)).not.toContain(achieved!.id);

    await mutate(
      `mutation Z($id: ID!) { deleteMentorStatus(mentorId: $id) { deletedId mentor { ...DetailFields } } }`,
      {
        id,
      },
    );
    expect(cached(id)).toMatchObject({ currentStatus: 'ACTIVE', status: null });

    // Apollo also warns when a deletion shortens a list of references (the list is still replaced correctly); what
    // must never happen is an object it cannot identify being replaced (the MentorStatus warning before ids)
    const objectLosses = warnings
      .map((w) => (w as unknown[]).slice(1))
      .filter(([, , , , existing]) => !(Array.isArray(existing) && existing.every((e) => e && '__ref' in e)));
    expect(objectLosses.map((w) => JSON.stringify(w).slice(0, 300))).toEqual([]);
    expect(warnings.length).toBeLessThanOrEqual(2); // deleteReport and deleteMilestone shortened a list
  });
});
