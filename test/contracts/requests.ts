// The request sent for each contract endpoint (method + literal contract path), with what it creates first.
// Reads use seeded ids (mentor-001 …); every write creates its own entity first, so rows do not depend on each other.
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../support/app.js';
import { dayOffset } from '../milestones/helpers.js';
import { activitiesOf, type SeedActivity } from '../reports/support.js';

/** How to get the answer for one contract endpoint. */
export interface ContractRequest {
  /** Creates what the request needs, sends it and returns the answer. */
  send(t: TestApp): Promise<LightMyRequestResponse>;
  /** Paths (`$.fields`) of open maps whose keys are the caller's: only checked to be objects. */
  openMaps?: string[];
}

/** Sends a request and insists on a 2xx answer (a setup step that failed would make the later check meaningless). */
async function ok(t: TestApp, method: string, url: string, body?: unknown): Promise<LightMyRequestResponse> {
  const res = await t.request(method, url, body);
  if (res.statusCode >= 300) throw new Error(`expected 2xx from ${method} ${url}, got ${res.statusCode}: ${res.body}`);
  return res;
}

/** Creates a mentor (no status, no activities) through GraphQL. */
async function newMentor(t: TestApp, id: string): Promise<string> {
  const r = await t.graphql('mutation ($i: CreateMentorInput!) { createMentor(input: $i) { mentor { id } } }', {
    i: { id, fullName: `Contract ${id}`, email: `${id}@example.org`, orgId: 'org_fjord_02' },
  });
  if (r.errors) throw new Error(`expected createMentor(${id}) to succeed, got ${JSON.stringify(r.errors)}`);
  return id;
}

/** Creates a mentor with an active status record. */
async function activeMentor(t: TestApp, id: string): Promise<string> {
  await newMentor(t, id);
  await ok(t, 'POST', '/api/v1/mentor-statuses', { mentor_id: id, status: 'active', is_paused: false });
  return id;
}

/** Creates an active mentor with an open pause record; returns the record's id. */
async function pauseRecord(t: TestApp, mentorId: string): Promise<string> {
  await activeMentor(t, mentorId);
  const res = await ok(t, 'POST', '/api/v1/pause-records', {
    mentor_id: mentorId,
    start_date: '2026-03-26T00:00:00Z',
    expected_return_date: '2026-05-01T00:00:00Z',
    reason: 'personal_leave',
  });
  return res.json<{ pause_record_id: string }>().pause_record_id;
}

/** A milestone detection body for a mentor (the contract's request example). */
const detection = (mentorId: string, hours: number, contacts = 47, activities = 198) => ({
  mentor_id: mentorId,
  period: { year: 2025, start_date: '2025-01-01', end_date: '2025-12-31' },
  summary: { total_hours: hours, unique_contacts_helped: contacts, activity_count: activities },
});

/** Creates a mentor and detects its milestones from a summary. */
async function mentorWithMilestones(t: TestApp, id: string, hours: number): Promise<string> {
  await newMentor(t, id);
  await ok(t, 'POST', '/api/v1/milestones', detection(id, hours));
  return id;
}

/** The `n`-th seeded activity (0-based) of a seeded mentor, so each row reports on its own activity. */
async function seededActivity(t: TestApp, mentorId: string, n: number): Promise<SeedActivity> {
  const acts = await activitiesOf(t, mentorId, n + 1);
  if (acts.length <= n) throw new Error(`expected ${n + 1} seeded activities of ${mentorId}, got ${acts.length}`);
  return acts[n];
}

const reportFields = {
  session_date: '2026-03-20',
  attendance_count: 6,
  session_topic: 'Job application support',
  participant_engagement: 'high',
  challenges_noted: 'Language barrier for two participants',
  mentor_notes: 'Group discussed CV writing.',
};

/** The contract's create body for a report on this activity. */
const reportBody = (a: SeedActivity) => ({
  activity_id: a.id,
  peer_mentor_id: a.mentorId,
  org_id: a.orgId,
  fields: reportFields,
});

/** Creates a report on the `n`-th seeded activity of a mentor; returns the activity and the report id. */
async function newReport(t: TestApp, n: number, mentorId = 'mentor-004') {
  const activity = await seededActivity(t, mentorId, n);
  const res = await ok(t, 'POST', '/api/v1/reports', reportBody(activity));
  return { activity, id: res.json<{ report_id: string }>().report_id };
}

const MS = '/api/v1/mentor-statuses';
const MIL = '/api/v1/milestones';
const BLOC = '/api/v1/peer-mentor-bloc';
const PS = '/api/v1/personal-stats';
const REP = '/api/v1/reports';

/** Every contract endpoint, keyed `METHOD literal-path`, with the request that answers it. */
export const contractRequests: Record<string, ContractRequest> = {
  // mentor-statuses.txt
  [`GET ${MS}${MS}`]: { send: (t) => ok(t, 'GET', MS) },
  [`GET ${MS}${MS}/:mentorId`]: { send: (t) => ok(t, 'GET', `${MS}${MS}/mentor-002`) },
  [`POST ${MS}${MS}`]: {
    send: async (t) =>
      ok(t, 'POST', `${MS}${MS}`, {
        mentor_id: await newMentor(t, 'contract-status-post'),
        status: 'active',
        is_paused: false,
      }),
  },
  [`PUT ${MS}${MS}/:mentorId`]: {
    send: async (t) =>
      ok(t, 'PUT', `${MS}/${await activeMentor(t, 'contract-status-put')}`, {
        status: 'paused',
        is_paused: true,
        pause_start_date: '2026-03-26T00:00:00Z',
        expected_return_date: '2026-05-01T00:00:00Z',
        pause_reason: 'personal_leave',
        metadata: { initiated_by: 'coordinator-007', notes: 'Mentor requested leave' },
      }),
  },
  [`DELETE ${MS}${MS}/:mentorId`]: {
    send: async (t) => ok(t, 'DELETE', `${MS}${MS}/${await activeMentor(t, 'contract-status-delete')}`),
  },
  [`GET ${MS}/api/v1/pause-records`]: { send: (t) => ok(t, 'GET', '/api/v1/pause-records?mentor_id=mentor-002') },
  [`GET ${MS}/api/v1/pause-records/:id`]: {
    send: async (t) => {
      const list = await ok(t, 'GET', '/api/v1/pause-records?mentor_id=mentor-002&limit=1');
      const [first] = list.json<{ data: { pause_record_id: string }[] }>().data;
      return ok(t, 'GET', `${MS}/api/v1/pause-records/${first.pause_record_id}`);
    },
  },
  [`POST ${MS}/api/v1/pause-records`]: {
    send: async (t) =>
      ok(t, 'POST', `${MS}/api/v1/pause-records`, {
        mentor_id: await activeMentor(t, 'contract-pause-post'),
        start_date: '2026-03-26T00:00:00Z',
        expected_return_date: '2026-05-01T00:00:00Z',
        reason: 'personal_leave',
      }),
  },
  [`PUT ${MS}/api/v1/pause-records/:id`]: {
    send: async (t) =>
      ok(t, 'PUT', `/api/v1/pause-records/${await pauseRecord(t, 'contract-pause-put')}`, {
        end_date: '2026-04-15T00:00:00Z',
        is_active: false,
      }),
  },
  [`DELETE ${MS}/api/v1/pause-records/:id`]: {
    send: async (t) => ok(t, 'DELETE', `${MS}/api/v1/pause-records/${await pauseRecord(t, 'contract-pause-delete')}`),
  },

  // milestones.txt
  [`GET ${MIL}${MIL}`]: { send: (t) => ok(t, 'GET', `${MIL}?mentor_id=mentor-001`) },
  [`GET ${MIL}${MIL}/:id`]: {
    send: async (t) =>
      ok(t, 'GET', `${MIL}${MIL}/milestone_100h:${await mentorWithMilestones(t, 'contract-ms-get', 312.5)}`),
  },
  [`POST ${MIL}${MIL}`]: {
    send: async (t) => ok(t, 'POST', `${MIL}${MIL}`, detection(await newMentor(t, 'contract-ms-post'), 312.5)),
  },
  [`PUT ${MIL}${MIL}/:id`]: {
    send: async (t) =>
      ok(t, 'PUT', `${MIL}/milestone_300h:${await mentorWithMilestones(t, 'contract-ms-put', 299)}`, {
        status: 'achieved',
        achieved_value: 315,
        achieved_at: '2026-01-03T09:00:00Z',
      }),
  },
  [`DELETE ${MIL}${MIL}/:id`]: {
    send: async (t) =>
      ok(t, 'DELETE', `${MIL}${MIL}/milestone_100h:${await mentorWithMilestones(t, 'contract-ms-del', 312.5)}`),
  },
  [`GET ${MIL}${MIL}/:mentor_id/new`]: {
    send: async (t) => {
      // Achieved five days ago: inside the default "new" window.
      const id = await newMentor(t, 'contract-ms-new');
      const day = dayOffset(-5);
      await ok(t, 'POST', MIL, {
        mentor_id: id,
        period: { start_date: day, end_date: day },
        summary: { total_hours: 312.5, unique_contacts_helped: 47, activity_count: 198 },
      });
      return ok(t, 'GET', `${MIL}/${id}/new`);
    },
  },
  [`GET ${MIL}${MIL}/:mentor_id/in-progress`]: {
    send: async (t) =>
      ok(t, 'GET', `${MIL}${MIL}/${await mentorWithMilestones(t, 'contract-ms-progress', 312.5)}/in-progress`),
  },

  // peer-mentor-bloc.txt
  [`GET ${BLOC}${BLOC}/:mentor_id`]: { send: (t) => ok(t, 'GET', `${BLOC}${BLOC}/mentor-001`) },
  [`GET ${BLOC}${BLOC}`]: { send: (t) => ok(t, 'GET', BLOC) },
  [`POST ${BLOC}${BLOC}`]: {
    send: (t) => ok(t, 'POST', `${BLOC}${BLOC}`, { event: 'LoadMentorDetail', mentor_id: 'mentor-021' }),
  },
  [`PUT ${BLOC}${BLOC}/:mentor_id`]: {
    send: async (t) => {
      // Loaded first, so there is a previous_loaded_at.
      await ok(t, 'GET', `${BLOC}/mentor-022`);
      return ok(t, 'PUT', `${BLOC}/mentor-022`, { event: 'RefreshMentorDetail' });
    },
  },
  [`DELETE ${BLOC}${BLOC}/:mentor_id`]: {
    send: async (t) => {
      await ok(t, 'GET', `${BLOC}/mentor-023`);
      return ok(t, 'DELETE', `${BLOC}${BLOC}/mentor-023`);
    },
  },

  // personal-stats.txt
  [`GET ${PS}${PS}/:mentor_id`]: { send: (t) => ok(t, 'GET', `${PS}/mentor-001`) },
  [`GET ${PS}${PS}/:mentor_id/monthly-series`]: { send: (t) => ok(t, 'GET', `${PS}${PS}/mentor-001/monthly-series`) },
  [`GET ${PS}${PS}/:mentor_id/activity-breakdown`]: {
    send: (t) => ok(t, 'GET', `${PS}/mentor-001/activity-breakdown?period=all_time`),
  },
  [`GET ${PS}${PS}/:mentor_id/contribution-history`]: {
    send: (t) => ok(t, 'GET', `${PS}${PS}/mentor-001/contribution-history`),
  },

  // reports.txt
  [`GET ${REP}${REP}`]: {
    send: async (t) => {
      await newReport(t, 0);
      return ok(t, 'GET', REP);
    },
  },
  [`GET ${REP}${REP}/:id`]: {
    send: async (t) => ok(t, 'GET', `${REP}${REP}/${(await newReport(t, 1)).id}`),
    openMaps: ['$.fields'],
  },
  [`POST ${REP}${REP}`]: {
    send: async (t) => ok(t, 'POST', `${REP}${REP}`, reportBody(await seededActivity(t, 'mentor-004', 2))),
  },
  [`PUT ${REP}${REP}/:id`]: {
    send: async (t) =>
      ok(t, 'PUT', `${REP}/${(await newReport(t, 3)).id}`, {
        fields: { attendance_count: 7, mentor_notes: 'One participant applied.', participant_engagement: 'very_high' },
        status: 'submitted',
      }),
  },
  [`DELETE ${REP}${REP}/:id`]: {
    send: async (t) => ok(t, 'DELETE', `${REP}${REP}/${(await newReport(t, 4)).id}`),
  },
  [`GET ${REP}${REP}/by-activity/:activityId`]: {
    send: async (t) => ok(t, 'GET', `${REP}/by-activity/${(await newReport(t, 5)).activity.id}`),
  },
  [`GET ${REP}${REP}/by-mentor/:mentorId`]: {
    send: async (t) => {
      await newReport(t, 0, 'mentor-005');
      return ok(t, 'GET', `${REP}${REP}/by-mentor/mentor-005`);
    },
  },
};
