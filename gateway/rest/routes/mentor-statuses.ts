// Rows of the mentor-statuses contract (../shared/contracts/mentor-statuses.txt): statuses and pause records.
import { z } from 'zod';
import { route } from '../route.js';
import { pageQuery, boolParam, listResult, paginationSchema, idParam, dateTimeFormat, dateFormat } from '../shared.js';
import { camelKeys, snakeKeys } from '../case.js';
import { graphql } from '../gql/index.js';

const SERVICE = '/api/v1/mentor-statuses';
const statusEnum = z.enum(['active', 'paused', 'inactive']);
const stamp = z.string().meta(dateTimeFormat);
const timestamp = stamp.nullable();
/** A timestamp or date in a body; its form is checked by the subgraph (400), its order too (422). */
const when = z
  .string()
  .max(40)
  .meta({
    anyOf: [
      { type: 'string', ...dateTimeFormat },
      { type: 'string', ...dateFormat },
    ],
  })
  .nullable()
  .optional();
const metadata = z
  .strictObject({
    initiated_by: z.string().max(64).nullable().optional(),
    notes: z.string().max(2000).nullable().optional(),
  })
  .nullable()
  .optional();
const byMentor = z.object({ mentorId: idParam });
const byId = z.object({ id: idParam });

// The documents select each answer's fields in contract order (a GraphQL answer keeps its selection's order):
// a status row, GET one adding pauseReason before lastUpdated.
const statusShape = {
  mentor_id: z.string(),
  status: statusEnum,
  is_paused: z.boolean(),
  pause_start_date: timestamp,
  expected_return_date: timestamp,
  last_updated: stamp,
};
const statusRow = z.object(statusShape);
const statusBody = {
  status: z.string().max(32),
  is_paused: z.boolean().optional(),
  pause_start_date: when,
  expected_return_date: when,
  pause_reason: z.string().max(64).nullable().optional(),
  metadata,
};

// A pause record row: reason last in the list, then createdAt in GET one and POST; PUT omits reason.
const pauseShape = {
  pause_record_id: z.string(),
  mentor_id: z.string(),
  start_date: stamp,
  expected_return_date: timestamp,
  end_date: timestamp,
  is_active: z.boolean(),
};
const pauseRow = z.object({ ...pauseShape, reason: z.string() });
const pauseFull = z.object({ ...pauseShape, reason: z.string(), created_at: stamp });

const statusRoutes = [
  route({
    method: 'GET',
    service: SERVICE,
    path: '/api/v1/mentor-statuses',
    summary: 'List all mentor statuses',
    query: pageQuery.extend({
      status: statusEnum.optional(),
      is_paused: boolParam.optional(),
      org_id: z.string().max(64).optional(),
    }),
    document: graphql(`
      query MentorStatuses($status: MentorState, $isPaused: Boolean, $orgId: String, $page: Int, $limit: Int) {
        mentorStatuses(status: $status, isPaused: $isPaused, orgId: $orgId, page: $page, limit: $limit) {
          items {
            mentorId
            status
            isPaused
            pauseStartDate
            expectedReturnDate
            lastUpdated
          }
          pageInfo {
            page
            limit
            total
          }
        }
      }
    `),
    variables: ({ query }) => ({
      status: query.status,
      isPaused: query.is_paused,
      orgId: query.org_id,
      page: query.page,
      limit: query.limit,
    }),
    result: (data) => listResult(data.mentorStatuses),
    response: z.object({ data: z.array(statusRow), pagination: paginationSchema }),
    examples: {
      response: {
        data: [
          {
            mentor_id: 'mentor-001',
            status: 'active',
            is_paused: false,
            pause_start_date: null,
            expected_return_date: null,
            last_updated: '2026-03-20T10:00:00Z',
          },
          {
            mentor_id: 'mentor-042',
            status: 'paused',
            is_paused: true,
            pause_start_date: '2026-03-01T00:00:00Z',
            expected_return_date: '2026-04-01T00:00:00Z',
            last_updated: '2026-03-01T09:15:00Z',
          },
        ],
        pagination: { page: 1, limit: 20, total: 87 },
      },
    },
  }),
  route({
    method: 'GET',
    service: SERVICE,
    path: '/api/v1/mentor-statuses/:mentorId',
    summary: 'Get current status for a specific mentor',
    params: byMentor,
    document: graphql(`
      query MentorStatus($mentorId: ID!) {
        mentorStatus(mentorId: $mentorId) {
          mentorId
          status
          isPaused
          pauseStartDate
          expectedReturnDate
          pauseReason
          lastUpdated
        }
      }
    `),
    variables: ({ params }) => ({ mentorId: params.mentorId }),
    result: (data) => (data.mentorStatus ? snakeKeys(data.mentorStatus) : null),
    notFound: ({ params }) => `mentor status '${params.mentorId}' was not found`,
    response: z.object({ ...statusShape, pause_reason: z.string().nullable() }),
    examples: {
      response: {
        mentor_id: 'mentor-042',
        status: 'paused',
        is_paused: true,
        pause_start_date: '2026-03-01T00:00:00Z',
        expected_return_date: '2026-04-01T00:00:00Z',
        pause_reason: 'certification_expiry',
        last_updated: '2026-03-01T09:15:00Z',
      },
    },
  }),
  route({
    method: 'POST',
    service: SERVICE,
    path: '/api/v1/mentor-statuses',
    summary: 'Create a new mentor status record',
    body: z.strictObject({ mentor_id: idParam, ...statusBody }),
    document: graphql(`
      mutation CreateMentorStatus($input: CreateMentorStatusInput!) {
        createMentorStatus(input: $input) {
          mentorStatus {
            mentorId
            status
            isPaused
            pauseStartDate
            expectedReturnDate
            lastUpdated
          }
        }
      }
    `),
    variables: ({ body }) => ({ input: camelKeys(body) }),
    result: (data) => snakeKeys(data.createMentorStatus.mentorStatus),
    status: 201,
    response: statusRow,
    examples: {
      request: { mentor_id: 'mentor-099', status: 'active', is_paused: false },
      response: {
        mentor_id: 'mentor-099',
        status: 'active',
        is_paused: false,
        pause_start_date: null,
        expected_return_date: null,
        last_updated: '2026-03-26T08:00:00Z',
      },
    },
  }),
  route({
    method: 'PUT',
    service: SERVICE,
    path: '/api/v1/mentor-statuses/:mentorId',
    summary: 'Update mentor status and metadata',
    params: byMentor,
    body: z.strictObject(statusBody),
    document: graphql(`
      mutation UpdateMentorStatus($mentorId: ID!, $input: UpdateMentorStatusInput!) {
        updateMentorStatus(mentorId: $mentorId, input: $input) {
          mentorStatus {
            mentorId
            status
            isPaused
            pauseStartDate
            expectedReturnDate
            lastUpdated
          }
        }
      }
    `),
    variables: ({ params, body }) => ({ mentorId: params.mentorId, input: camelKeys(body) }),
    result: (data) => snakeKeys(data.updateMentorStatus.mentorStatus),
    response: statusRow,
    examples: {
      request: {
        status: 'paused',
        is_paused: true,
        pause_start_date: '2026-03-26T00:00:00Z',
        expected_return_date: '2026-05-01T00:00:00Z',
        pause_reason: 'personal_leave',
        metadata: { initiated_by: 'coordinator-007', notes: 'Mentor requested leave' },
      },
      response: {
        mentor_id: 'mentor-042',
        status: 'paused',
        is_paused: true,
        pause_start_date: '2026-03-26T00:00:00Z',
        expected_return_date: '2026-05-01T00:00:00Z',
        last_updated: '2026-03-26T08:30:00Z',
      },
    },
  }),
  route({
    method: 'DELETE',
    service: SERVICE,
    path: '/api/v1/mentor-statuses/:mentorId',
    summary: 'Delete a mentor status record',
    params: byMentor,
    document: graphql(`
      mutation DeleteMentorStatus($mentorId: ID!) {
        deleteMentorStatus(mentorId: $mentorId) {
          deletedId
        }
      }
    `),
    variables: ({ params }) => ({ mentorId: params.mentorId }),
    result: (data) => ({ deleted: true, mentor_id: data.deleteMentorStatus.deletedId }),
    response: z.object({ deleted: z.literal(true), mentor_id: z.string() }),
    examples: { response: { deleted: true, mentor_id: 'mentor-099' } },
  }),
];

const pauseRoutes = [
  route({
    method: 'GET',
    service: SERVICE,
    path: '/api/v1/pause-records',
    summary: 'List all pause records',
    query: pageQuery.extend({ mentor_id: idParam.optional(), is_active: boolParam.optional() }),
    document: graphql(`
      query PauseRecords($mentorId: ID, $isActive: Boolean, $page: Int, $limit: Int) {
        pauseRecords(mentorId: $mentorId, isActive: $isActive, page: $page, limit: $limit) {
          items {
            pauseRecordId: id
            mentorId
            startDate
            expectedReturnDate
            endDate
            isActive
            reason
          }
          pageInfo {
            page
            limit
            total
          }
        }
      }
    `),
    variables: ({ query }) => ({
      mentorId: query.mentor_id,
      isActive: query.is_active,
      page: query.page,
      limit: query.limit,
    }),
    result: (data) => listResult(data.pauseRecords),
    response: z.object({ data: z.array(pauseRow), pagination: paginationSchema }),
    examples: {
      response: {
        data: [
          {
            pause_record_id: 'pause-rec-0018',
            mentor_id: 'mentor-042',
            start_date: '2026-03-01T00:00:00Z',
            expected_return_date: '2026-04-01T00:00:00Z',
            end_date: null,
            is_active: true,
            reason: 'certification_expiry',
          },
        ],
        pagination: { page: 1, limit: 20, total: 34 },
      },
    },
  }),
  route({
    method: 'GET',
    service: SERVICE,
    path: '/api/v1/pause-records/:id',
    summary: 'Get a specific pause record',
    params: byId,
    document: graphql(`
      query PauseRecord($id: ID!) {
        pauseRecord(id: $id) {
          pauseRecordId: id
          mentorId
          startDate
          expectedReturnDate
          endDate
          isActive
          reason
          createdAt
        }
      }
    `),
    variables: ({ params }) => ({ id: params.id }),
    result: (data) => (data.pauseRecord ? snakeKeys(data.pauseRecord) : null),
    notFound: ({ params }) => `pause record '${params.id}' was not found`,
    response: pauseFull,
    examples: {
      response: {
        pause_record_id: 'pause-rec-0018',
        mentor_id: 'mentor-042',
        start_date: '2026-03-01T00:00:00Z',
        expected_return_date: '2026-04-01T00:00:00Z',
        end_date: null,
        is_active: true,
        reason: 'certification_expiry',
        created_at: '2026-03-01T09:15:00Z',
      },
    },
  }),
  route({
    method: 'POST',
    service: SERVICE,
    path: '/api/v1/pause-records',
    summary: 'Create a new pause record for a mentor',
    body: z.strictObject({
      mentor_id: idParam,
      start_date: when,
      expected_return_date: when,
      reason: z.string().max(64),
      metadata,
    }),
    document: graphql(`
      mutation CreatePauseRecord($input: CreatePauseRecordInput!) {
        createPauseRecord(input: $input) {
          pauseRecord {
            pauseRecordId: id
            mentorId
            startDate
            expectedReturnDate
            endDate
            isActive
            reason
            createdAt
          }
        }
      }
    `),
    variables: ({ body }) => ({ input: camelKeys(body) }),
    result: (data) => snakeKeys(data.createPauseRecord.pauseRecord),
    status: 201,
    response: pauseFull,
    examples: {
      request: {
        mentor_id: 'mentor-042',
        start_date: '2026-03-26T00:00:00Z',
        expected_return_date: '2026-05-01T00:00:00Z',
        reason: 'personal_leave',
      },
      response: {
        pause_record_id: 'pause-rec-0019',
        mentor_id: 'mentor-042',
        start_date: '2026-03-26T00:00:00Z',
        expected_return_date: '2026-05-01T00:00:00Z',
        end_date: null,
        is_active: true,
        reason: 'personal_leave',
        created_at: '2026-03-26T08:30:00Z',
      },
    },
  }),
  route({
    method: 'PUT',
    service: SERVICE,
    path: '/api/v1/pause-records/:id',
    summary: 'Close or update a pause record',
    params: byId,
    body: z.strictObject({
      end_date: when,
      is_active: z.boolean().optional(),
      expected_return_date: when,
      reason: z.string().max(64).optional(),
      metadata,
    }),
    document: graphql(`
      mutation UpdatePauseRecord($id: ID!, $input: UpdatePauseRecordInput!) {
        updatePauseRecord(id: $id, input: $input) {
          pauseRecord {
            pauseRecordId: id
            mentorId
            startDate
            expectedReturnDate
            endDate
            isActive
          }
        }
      }
    `),
    variables: ({ params, body }) => ({ id: params.id, input: camelKeys(body) }),
    result: (data) => snakeKeys(data.updatePauseRecord.pauseRecord),
    response: z.object(pauseShape),
    examples: {
      request: { end_date: '2026-04-15T00:00:00Z', is_active: false },
      response: {
        pause_record_id: 'pause-rec-0018',
        mentor_id: 'mentor-042',
        start_date: '2026-03-01T00:00:00Z',
        expected_return_date: '2026-04-01T00:00:00Z',
        end_date: '2026-04-15T00:00:00Z',
        is_active: false,
      },
    },
  }),
  route({
    method: 'DELETE',
    service: SERVICE,
    path: '/api/v1/pause-records/:id',
    summary: 'Delete a pause record',
    params: byId,
    document: graphql(`
      mutation DeletePauseRecord($id: ID!) {
        deletePauseRecord(id: $id) {
          deletedId
        }
      }
    `),
    variables: ({ params }) => ({ id: params.id }),
    result: (data) => ({ deleted: true, pause_record_id: data.deletePauseRecord.deletedId }),
    response: z.object({ deleted: z.literal(true), pause_record_id: z.string() }),
    examples: { response: { deleted: true, pause_record_id: 'pause-rec-0018' } },
  }),
];

/** The mentor-statuses endpoints. */
export const mentorStatusRoutes = [...statusRoutes, ...pauseRoutes];
