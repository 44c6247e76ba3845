// Rows of the milestones contract (../shared/contracts/milestones.txt): Milestones.
import { z } from 'zod';
import { route } from '../route.js';
import { pageQuery, idParam, paginationSchema, dateTimeFormat, dateFormat, present } from '../shared.js';
import { snakeKeys } from '../case.js';
import { graphql } from '../gql/index.js';

const SERVICE = '/api/v1/milestones';
const BASE = '/api/v1/milestones';
const typeEnum = z.enum(['hours_logged', 'contacts_helped', 'activity_count']);
const statusEnum = z.enum(['achieved', 'in_progress']);
/** A milestone id: `<catalog key>:<mentor id>`. */
const milestoneIdParam = z.object({ id: z.string().min(1).max(160) });
const mentorParam = z.object({ mentor_id: idParam });

// The documents select a milestone's fields in contract order (a GraphQL answer keeps its selection's order);
// GET one adds badgeImageUrl; the in-progress list has its own fields.

/** What `item` reads of a milestone; the other fields pass through in their order. */
interface ItemFields {
  status: string;
  achievedAt?: string | null;
  progressPercentage?: number | null;
  accessibilityLabel: string;
  badgeImageUrl?: string | null;
}

/** A milestone as the contract prints it: `achieved_at` once achieved, `progress_percentage` while in progress. */
function item<M extends ItemFields>(m: M) {
  const { achievedAt, progressPercentage, accessibilityLabel, badgeImageUrl, ...head } = m;
  const shown = m.status === 'achieved' ? { achievedAt } : { progressPercentage };
  return snakeKeys({
    ...head,
    ...shown,
    accessibilityLabel,
    ...(badgeImageUrl === undefined ? {} : { badgeImageUrl }),
  });
}

/** One page of a per-mentor list (at most 15 milestones, paged here). */
function pageOf<M, R>(list: readonly M[], q: { page: number; limit: number }, map: (m: M) => R) {
  const from = (q.page - 1) * q.limit;
  return {
    data: list.slice(from, from + q.limit).map(map),
    pagination: { page: q.page, limit: q.limit, total: list.length },
  };
}

const base = {
  id: z.string(),
  mentor_id: z.string(),
  name: z.string(),
  type: typeEnum,
  status: statusEnum,
  threshold: z.number().int(),
};
/** A milestone in lists, POST and PUT answers. */
const itemSchema = z.object({
  ...base,
  achieved_value: z.number(),
  achieved_at: z.string().meta(dateTimeFormat).optional(),
  progress_percentage: z.number().int().optional(),
  accessibility_label: z.string(),
});
const listSchema = z.object({ data: z.array(itemSchema), pagination: paginationSchema });
const progressSchema = z.object({
  data: z.array(
    z.object({
      ...base,
      current_value: z.number(),
      progress_percentage: z.number().int(),
      remaining: z.number(),
      accessibility_label: z.string(),
    }),
  ),
  pagination: paginationSchema,
});
const date = z.string().max(10).meta(dateFormat);

/** The milestones endpoints. */
export const milestoneRoutes = [
  route({
    method: 'GET',
    service: SERVICE,
    path: BASE,
    summary: 'List all known milestones with optional filters',
    query: pageQuery.extend({
      mentor_id: idParam.optional(),
      status: statusEnum.optional(),
      type: typeEnum.optional(),
    }),
    document: graphql(`
      query Milestones($mentorId: ID, $status: MilestoneStatus, $type: MilestoneType, $page: Int, $limit: Int) {
        milestones(mentorId: $mentorId, status: $status, type: $type, page: $page, limit: $limit) {
          items {
            id
            mentorId
            name
            type
            status
            threshold
            achievedValue
            achievedAt
            progressPercentage
            accessibilityLabel
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
      status: query.status,
      type: query.type,
      page: query.page,
      limit: query.limit,
    }),
    result: (data) => ({ data: data.milestones.items.map(item), pagination: data.milestones.pageInfo }),
    response: listSchema,
    examples: {
      response: {
        data: [
          {
            id: 'milestone_100h',
            mentor_id: 'mentor_001',
            name: '100 Hours Milestone',
            type: 'hours_logged',
            status: 'achieved',
            threshold: 100,
            achieved_value: 312.5,
            achieved_at: '2025-07-14T16:30:00Z',
            accessibility_label: 'You reached 100 hours of mentoring on July 14, 2025',
          },
        ],
        pagination: { page: 1, limit: 20, total: 5 },
      },
    },
  }),
  route({
    method: 'GET',
    service: SERVICE,
    path: `${BASE}/:id`,
    summary: 'Get details of a single milestone',
    params: milestoneIdParam,
    document: graphql(`
      query Milestone($id: ID!) {
        milestone(id: $id) {
          id
          mentorId
          name
          type
          status
          threshold
          achievedValue
          achievedAt
          progressPercentage
          accessibilityLabel
          badgeImageUrl
        }
      }
    `),
    variables: ({ params }) => ({ id: params.id }),
    result: (data) => (data.milestone ? item(data.milestone) : null),
    notFound: ({ params }) => `milestone '${params.id}' was not found`,
    response: itemSchema.extend({ badge_image_url: z.string() }),
    examples: {
      response: {
        id: 'milestone_100h',
        mentor_id: 'mentor_001',
        name: '100 Hours Milestone',
        type: 'hours_logged',
        status: 'achieved',
        threshold: 100,
        achieved_value: 312.5,
        achieved_at: '2025-07-14T16:30:00Z',
        accessibility_label: 'You reached 100 hours of mentoring on July 14, 2025',
        badge_image_url: '/assets/badges/100h.png',
      },
    },
  }),
  route({
    method: 'POST',
    service: SERVICE,
    path: BASE,
    summary: 'Detect and persist milestones for a mentor based on their annual summary',
    body: z.strictObject({
      mentor_id: idParam,
      period: z.strictObject({
        year: z.number().int().optional(),
        start_date: date.optional(),
        end_date: date.optional(),
      }),
      summary: z
        .strictObject({
          total_hours: z.number(),
          unique_contacts_helped: z.number().int(),
          activity_count: z.number().int(),
        })
        .optional(),
    }),
    document: graphql(`
      mutation DetectMilestones($input: DetectMilestonesInput!) {
        detectMilestones(input: $input) {
          milestones {
            items {
              id
              mentorId
              name
              type
              status
              threshold
              achievedValue
              achievedAt
              progressPercentage
              accessibilityLabel
            }
            pageInfo {
              page
              limit
              total
            }
          }
        }
      }
    `),
    variables: ({ body }) => ({
      input: {
        mentorId: body.mentor_id,
        period: { year: body.period.year, startDate: body.period.start_date, endDate: body.period.end_date },
        summary: body.summary && {
          totalHours: body.summary.total_hours,
          uniqueContactsHelped: body.summary.unique_contacts_helped,
          activityCount: body.summary.activity_count,
        },
      },
    }),
    result: (data) => ({
      data: data.detectMilestones.milestones.items.map(item),
      pagination: data.detectMilestones.milestones.pageInfo,
    }),
    response: listSchema,
    examples: {
      request: {
        mentor_id: 'mentor_001',
        period: { year: 2025, start_date: '2025-01-01', end_date: '2025-12-31' },
        summary: { total_hours: 312.5, unique_contacts_helped: 47, activity_count: 198 },
      },
      response: {
        data: [
          {
            id: 'milestone_100h',
            mentor_id: 'mentor_001',
            name: '100 Hours Milestone',
            type: 'hours_logged',
            status: 'achieved',
            threshold: 100,
            achieved_value: 312.5,
            achieved_at: '2025-07-14T16:30:00Z',
            accessibility_label: 'You reached 100 hours of mentoring on July 14, 2025',
          },
          {
            id: 'milestone_50contacts',
            mentor_id: 'mentor_001',
            name: '50 Unique Contacts',
            type: 'contacts_helped',
            status: 'in_progress',
            threshold: 50,
            achieved_value: 47,
            progress_percentage: 94,
            accessibility_label: 'You have helped 47 out of 50 unique contacts',
          },
        ],
        pagination: { page: 1, limit: 20, total: 2 },
      },
    },
  }),
  route({
    method: 'PUT',
    service: SERVICE,
    path: `${BASE}/:id`,
    summary: 'Update milestone status or metadata',
    params: milestoneIdParam,
    body: z.strictObject({
      status: statusEnum.optional(),
      achieved_value: z.number().optional(),
      achieved_at: z.string().max(40).meta(dateTimeFormat).optional(),
    }),
    document: graphql(`
      mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {
        updateMilestone(id: $id, input: $input) {
          milestone {
            id
            mentorId
            name
            type
            status
            threshold
            achievedValue
            achievedAt
            progressPercentage
            accessibilityLabel
          }
        }
      }
    `),
    variables: ({ params, body }) => ({
      id: params.id,
      input: { status: body.status, achievedValue: body.achieved_value, achievedAt: body.achieved_at },
    }),
    result: (data) => item(data.updateMilestone.milestone),
    response: itemSchema,
    examples: {
      request: { status: 'achieved', achieved_value: 315, achieved_at: '2026-01-03T09:00:00Z' },
      response: {
        id: 'milestone_300h',
        mentor_id: 'mentor_001',
        name: '300 Hours Milestone',
        type: 'hours_logged',
        status: 'achieved',
        threshold: 300,
        achieved_value: 315,
        achieved_at: '2026-01-03T09:00:00Z',
        accessibility_label: 'You reached 300 hours of mentoring on January 3, 2026',
      },
    },
  }),
  route({
    method: 'DELETE',
    service: SERVICE,
    path: `${BASE}/:id`,
    summary: 'Remove a milestone record',
    params: milestoneIdParam,
    document: graphql(`
      mutation DeleteMilestone($id: ID!) {
        deleteMilestone(id: $id) {
          deletedId
        }
      }
    `),
    variables: ({ params }) => ({ id: params.id }),
    result: (data) => ({ deleted: true, id: data.deleteMilestone.deletedId }),
    response: z.object({ deleted: z.boolean(), id: z.string() }),
    examples: { response: { deleted: true, id: 'milestone_100h' } },
  }),
  route({
    method: 'GET',
    service: SERVICE,
    path: `${BASE}/:mentor_id/new`,
    summary: 'Get newly achieved milestones for a mentor in a given period',
    params: mentorParam,
    query: pageQuery.extend({ start_date: date.optional(), end_date: date.optional() }),
    document: graphql(`
      query NewMilestones($id: ID!, $startDate: Date, $endDate: Date) {
        mentor(id: $id) {
          newMilestones(startDate: $startDate, endDate: $endDate) {
            id
            mentorId
            name
            type
            status
            threshold
            achievedValue
            achievedAt
            progressPercentage
            accessibilityLabel
          }
        }
      }
    `),
    variables: ({ params, query }) => ({ id: params.mentor_id, startDate: query.start_date, endDate: query.end_date }),
    result: (data, { query }) =>
      data.mentor ? pageOf(present(data.mentor.newMilestones, "the mentor's milestones"), query, item) : null,
    notFound: ({ params }) => `mentor '${params.mentor_id}' was not found`,
    response: listSchema,
    examples: {
      response: {
        data: [
          {
            id: 'milestone_300h',
            mentor_id: 'mentor_001',
            name: '300 Hours Milestone',
            type: 'hours_logged',
            status: 'achieved',
            threshold: 300,
            achieved_value: 312.5,
            achieved_at: '2025-11-22T14:00:00Z',
            accessibility_label: 'You reached 300 hours of mentoring on November 22, 2025',
          },
        ],
        pagination: { page: 1, limit: 20, total: 1 },
      },
    },
  }),
  route({
    method: 'GET',
    service: SERVICE,
    path: `${BASE}/:mentor_id/in-progress`,
    summary: 'Get milestones currently in progress for a mentor',
    params: mentorParam,
    query: pageQuery,
    document: graphql(`
      query InProgressMilestones($id: ID!) {
        mentor(id: $id) {
          inProgressMilestones {
            id
            mentorId
            name
            type
            status
            threshold
            currentValue
            progressPercentage
            remaining
            accessibilityLabel(withRemaining: true)
          }
        }
      }
    `),
    variables: ({ params }) => ({ id: params.mentor_id }),
    result: (data, { query }) =>
      data.mentor
        ? pageOf(present(data.mentor.inProgressMilestones, "the mentor's milestones"), query, (m) => snakeKeys(m))
        : null,
    notFound: ({ params }) => `mentor '${params.mentor_id}' was not found`,
    response: progressSchema,
    examples: {
      response: {
        data: [
          {
            id: 'milestone_50contacts',
            mentor_id: 'mentor_001',
            name: '50 Unique Contacts',
            type: 'contacts_helped',
            status: 'in_progress',
            threshold: 50,
            current_value: 47,
            progress_percentage: 94,
            remaining: 3,
            accessibility_label: 'You have helped 47 out of 50 unique contacts, 3 remaining',
          },
        ],
        pagination: { page: 1, limit: 20, total: 1 },
      },
    },
  }),
];
