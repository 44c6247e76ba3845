// Rows of the reports contract (../shared/contracts/reports.txt): Post-session reports.
import { z } from 'zod';
import { route, type RestRoute } from '../route.js';
import { pageQuery, idParam, listResult, paginationSchema, dateTimeFormat } from '../shared.js';
import { camelKeys, snakeKeys } from '../case.js';
import { graphql } from '../gql/index.js';

const SERVICE = '/api/v1/reports';
const statusEnum = z.enum(['draft', 'submitted']);
const stamp = z.string().meta(dateTimeFormat);
const fieldsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
/** Incoming `fields`: any JSON object; its values are checked by the reports subgraph (400/422). */
const fieldsInput = z.record(z.string(), z.unknown());
const idPath = z.object({ id: idParam });
const notFound = ({ params }: { params: { id: string } }) => `report '${params.id}' was not found`;

const listRow = z.object({
  report_id: z.string(),
  activity_id: z.string(),
  peer_mentor_id: z.string(),
  status: statusEnum,
  submitted_at: stamp.nullable(),
  created_at: stamp,
  field_count: z.number().int(),
  has_way_forward: z.boolean(),
});
const activityRow = z.object({
  report_id: z.string(),
  peer_mentor_id: z.string(),
  status: statusEnum,
  submitted_at: stamp.nullable(),
});
const mentorRow = z.object({
  report_id: z.string(),
  activity_id: z.string(),
  status: statusEnum,
  submitted_at: stamp.nullable(),
});
const detail = z.object({
  report_id: z.string(),
  activity_id: z.string(),
  peer_mentor_id: z.string(),
  org_id: z.string(),
  status: statusEnum,
  fields: fieldsSchema,
  submitted_at: stamp.nullable(),
  created_at: stamp,
  updated_at: stamp,
});
const listOf = (row: z.ZodType) => z.object({ data: z.array(row), pagination: paginationSchema });

/** The reports endpoints. */
export const reportRoutes: RestRoute[] = [
  route({
    method: 'GET',
    service: SERVICE,
    path: '/api/v1/reports',
    summary: 'List post-session reports',
    query: pageQuery.extend({
      status: statusEnum.optional(),
      peer_mentor_id: idParam.optional(),
      org_id: idParam.optional(),
      activity_id: idParam.optional(),
    }),
    document: graphql(`
      query Reports(
        $status: ReportStatus
        $peerMentorId: ID
        $orgId: String
        $activityId: ID
        $page: Int
        $limit: Int
      ) {
        reports(
          status: $status
          peerMentorId: $peerMentorId
          orgId: $orgId
          activityId: $activityId
          page: $page
          limit: $limit
        ) {
          items {
            reportId: id
            activityId
            peerMentorId
            status
            submittedAt
            createdAt
            fieldCount
            hasWayForward
          }
          pageInfo {
            page
            limit
            total
          }
        }
      }
    `),
    variables: ({ query }) => camelKeys(query),
    result: (data) => listResult(data.reports),
    response: listOf(listRow),
    examples: {
      response: {
        data: [
          {
            report_id: 'rpt_8f3a2c1d',
            activity_id: 'act_7b4e9f2a',
            peer_mentor_id: 'usr_mentor_042',
            status: 'submitted',
            submitted_at: '2026-03-20T14:32:00Z',
            created_at: '2026-03-20T14:10:00Z',
            field_count: 8,
            has_way_forward: true,
          },
        ],
        pagination: { page: 1, limit: 20, total: 47 },
      },
    },
  }),
  route({
    method: 'GET',
    service: SERVICE,
    path: '/api/v1/reports/:id',
    summary: 'Get a post-session report by ID',
    params: idPath,
    document: graphql(`
      query Report($id: ID!) {
        report(id: $id) {
          reportId: id
          activityId
          peerMentorId
          orgId
          status
          fields
          submittedAt
          createdAt
          updatedAt
        }
      }
    `),
    variables: ({ params }) => ({ id: params.id }),
    result: (data) => (data.report ? snakeKeys(data.report) : null),
    notFound,
    response: detail,
    examples: {
      response: {
        report_id: 'rpt_8f3a2c1d',
        activity_id: 'act_7b4e9f2a',
        peer_mentor_id: 'usr_mentor_042',
        org_id: 'org_nansen_01',
        status: 'submitted',
        fields: {
          session_date: '2026-03-20',
          attendance_count: 6,
          session_topic: 'Job application support',
          participant_engagement: 'high',
          challenges_noted: 'Language barrier for two participants',
          mentor_notes: 'Group discussed CV writing. Follow-up needed for two participants seeking referrals.',
        },
        submitted_at: '2026-03-20T14:32:00Z',
        created_at: '2026-03-20T14:10:00Z',
        updated_at: '2026-03-20T14:30:00Z',
      },
    },
  }),
  route({
    method: 'POST',
    service: SERVICE,
    path: '/api/v1/reports',
    summary: 'Create a new post-session report',
    body: z.strictObject({
      activity_id: idParam,
      peer_mentor_id: idParam,
      org_id: idParam,
      fields: fieldsInput.optional(),
    }),
    document: graphql(`
      mutation CreateReport($input: CreateReportInput!) {
        createReport(input: $input) {
          report {
            reportId: id
            activityId
            peerMentorId
            status
            createdAt
          }
        }
      }
    `),
    variables: ({ body }) => ({ input: camelKeys(body) }),
    result: (data) => snakeKeys(data.createReport.report),
    status: 201,
    response: z.object({
      report_id: z.string(),
      activity_id: z.string(),
      peer_mentor_id: z.string(),
      status: statusEnum,
      created_at: stamp,
    }),
    examples: {
      request: {
        activity_id: 'act_7b4e9f2a',
        peer_mentor_id: 'usr_mentor_042',
        org_id: 'org_nansen_01',
        fields: {
          session_date: '2026-03-20',
          attendance_count: 6,
          session_topic: 'Job application support',
          participant_engagement: 'high',
          challenges_noted: 'Language barrier for two participants',
          mentor_notes: 'Group discussed CV writing.',
        },
      },
      response: {
        report_id: 'rpt_8f3a2c1d',
        activity_id: 'act_7b4e9f2a',
        peer_mentor_id: 'usr_mentor_042',
        status: 'draft',
        created_at: '2026-03-20T14:10:00Z',
      },
    },
  }),
  route({
    method: 'PUT',
    service: SERVICE,
    path: '/api/v1/reports/:id',
    summary: 'Update a post-session report',
    params: idPath,
    body: z
      .strictObject({ fields: fieldsInput.optional(), status: statusEnum.optional() })
      .refine((b) => b.fields !== undefined || b.status !== undefined, 'expected fields or status'),
    document: graphql(`
      mutation UpdateReport($id: ID!, $input: UpdateReportInput!) {
        updateReport(id: $id, input: $input) {
          report {
            reportId: id
            status
            submittedAt
            updatedAt
          }
        }
      }
    `),
    variables: ({ params, body }) => ({ id: params.id, input: camelKeys(body) }),
    result: (data) => snakeKeys(data.updateReport.report),
    response: z.object({
      report_id: z.string(),
      status: statusEnum,
      submitted_at: stamp.nullable(),
      updated_at: stamp,
    }),
    examples: {
      request: {
        fields: {
          attendance_count: 7,
          mentor_notes: 'Group discussed CV writing. One participant completed application during session.',
          participant_engagement: 'very_high',
        },
        status: 'submitted',
      },
      response: {
        report_id: 'rpt_8f3a2c1d',
        status: 'submitted',
        submitted_at: '2026-03-20T14:32:00Z',
        updated_at: '2026-03-20T14:32:00Z',
      },
    },
  }),
  route({
    method: 'DELETE',
    service: SERVICE,
    path: '/api/v1/reports/:id',
    summary: 'Delete a post-session report',
    params: idPath,
    document: graphql(`
      mutation DeleteReport($id: ID!) {
        deleteReport(id: $id) {
          deletedId
        }
      }
    `),
    variables: ({ params }) => ({ id: params.id }),
    result: (data) => ({ deleted: true, report_id: data.deleteReport.deletedId }),
    response: z.object({ deleted: z.literal(true), report_id: z.string() }),
    examples: { response: { deleted: true, report_id: 'rpt_8f3a2c1d' } },
  }),
  route({
    method: 'GET',
    service: SERVICE,
    path: '/api/v1/reports/by-activity/:activityId',
    summary: 'List reports for a specific activity',
    params: z.object({ activityId: idParam }),
    query: pageQuery.extend({ status: statusEnum.optional() }),
    document: graphql(`
      query ActivityReports($activityId: ID!, $status: ReportStatus, $page: Int, $limit: Int) {
        activityReports(activityId: $activityId, status: $status, page: $page, limit: $limit) {
          items {
            reportId: id
            peerMentorId
            status
            submittedAt
          }
          pageInfo {
            page
            limit
            total
          }
        }
      }
    `),
    variables: ({ params, query }) => ({ activityId: params.activityId, ...query }),
    result: (data) => listResult(data.activityReports),
    response: listOf(activityRow),
    examples: {
      response: {
        data: [
          {
            report_id: 'rpt_8f3a2c1d',
            peer_mentor_id: 'usr_mentor_042',
            status: 'submitted',
            submitted_at: '2026-03-20T14:32:00Z',
          },
        ],
        pagination: { page: 1, limit: 20, total: 3 },
      },
    },
  }),
  route({
    method: 'GET',
    service: SERVICE,
    path: '/api/v1/reports/by-mentor/:mentorId',
    summary: 'List reports submitted by a peer mentor',
    params: z.object({ mentorId: idParam }),
    query: pageQuery.extend({ status: statusEnum.optional() }),
    document: graphql(`
      query MentorReports($mentorId: ID!, $status: ReportStatus, $page: Int, $limit: Int) {
        mentorReports(mentorId: $mentorId, status: $status, page: $page, limit: $limit) {
          items {
            reportId: id
            activityId
            status
            submittedAt
          }
          pageInfo {
            page
            limit
            total
          }
        }
      }
    `),
    variables: ({ params, query }) => ({ mentorId: params.mentorId, ...query }),
    result: (data) => listResult(data.mentorReports),
    response: listOf(mentorRow),
    examples: {
      response: {
        data: [
          {
            report_id: 'rpt_8f3a2c1d',
            activity_id: 'act_7b4e9f2a',
            status: 'submitted',
            submitted_at: '2026-03-20T14:32:00Z',
          },
          { report_id: 'rpt_2c9d4e7f', activity_id: 'act_1a3b5c8d', status: 'draft', submitted_at: null },
        ],
        pagination: { page: 1, limit: 20, total: 12 },
      },
    },
  }),
];
