// Rows of the peer-mentor-bloc contract (../shared/contracts/peer-mentor-bloc.txt): Peer-mentor detail view (BLoC).
// The detail rows keep a snapshot per mentor in rest.detail_snapshots (see ../snapshots*.ts).
import { z } from 'zod';
import { route, handlerRoute, type RestContext } from '../route.js';
import { pageQuery, idParam, listResult, paginationSchema } from '../shared.js';
import { graphql } from '../gql/index.js';
import { HttpError } from '../../http/errors.js';
import { isoSeconds } from '../../../lib/dates.js';
import { maySeeMentor } from '../../../lib/caller.js';
import { clearSnapshot, markDispatched, markRefreshing } from '../snapshots.js';
import { currentOrLoad, freshLoad, lastSnapshot } from '../snapshots-load.js';
import { loadedStateSchema, statusEnum, timestamp } from '../snapshots-view.js';

const SERVICE = '/api/v1/peer-mentor-bloc';
const BASE = '/api/v1/peer-mentor-bloc';
const mentorParams = z.object({ mentor_id: idParam });

const MentorExistsDocument = graphql(`
  query MentorExists($id: ID!) {
    mentor(id: $id) {
      id
    }
  }
`);
/**
 * How the BLoC detail marks a kept view served because a subgraph it needs is down: HTTP's own `Warning` code 110
 * ("Response is Stale", RFC 7234 §5.5.1), which HTTP caches and client libraries already know, rather than a header
 * of our own. The body is the contract's `loaded` state as it was kept; its `loaded_at` says how old it is.
 */
const staleHeaders = { warning: '110 - "Response is Stale"' };
const unknownMentor = (id: string) => `no mentor with id ${JSON.stringify(id)}`;

/** Throws the 404 unless the mentor exists. */
async function requireMentor(ctx: RestContext, id: string): Promise<void> {
  const { mentor } = await ctx.run(MentorExistsDocument, { id });
  if (!mentor) throw new HttpError(404, 'NOT_FOUND', unknownMentor(id));
}

/** A dashboard row as the contract prints it. */
const dashboardRow = z.object({
  mentor_id: z.string(),
  state: z.literal('loaded'),
  full_name: z.string(),
  status: statusEnum,
  open_assignment_count: z.number().int(),
  days_until_expiry: z.number().int().nullable(),
});

/** The peer-mentor-bloc endpoints. */
export const peerMentorBlocRoutes = [
  handlerRoute({
    method: 'GET',
    service: SERVICE,
    path: `${BASE}/:mentor_id`,
    summary: 'Load full BLoC-driven mentor detail state (profile + certs + activity + assignments merged)',
    params: mentorParams,
    response: loadedStateSchema,
    handle: async ({ params }, ctx) => {
      try {
        const state = await currentOrLoad(ctx.run, ctx.db, params.mentor_id);
        if (!state) throw new HttpError(404, 'NOT_FOUND', unknownMentor(params.mentor_id));
        return { status: 200, body: state };
      } catch (err) {
        // A subgraph the detail needs is down: the last kept view, marked stale (its loaded_at says from when) —
        // only to a caller who may see that mentor (the graph could not say so: the rule on the kept org decides).
        if (!(err instanceof HttpError) || err.status !== 503) throw err;
        const last = await lastSnapshot(ctx.db, params.mentor_id).catch(() => null);
        if (!last || !maySeeMentor(ctx.access, last.mentor_id, last.profile.org_id)) throw err;
        return { status: 200, body: last, headers: staleHeaders };
      }
    },
    examples: {
      response: {
        mentor_id: 'mentor_a1b2c3',
        state: 'loaded',
        profile: {
          full_name: 'Kari Nordmann',
          email: 'kari.nordmann@frivillig.no',
          org_id: 'org_x9y8z7',
          status: 'active',
          is_paused: false,
        },
        certification: { expiry_date: '2028-01-20T00:00:00Z', days_until_expiry: 665, is_within_warning_window: false },
        activity_summary: { total_sessions: 8, total_activities: 12, period: 'month' },
        active_assignments: [
          { assignment_id: 'assign_001aa', contact_name: 'Per Olsen', status: 'open' },
          { assignment_id: 'assign_002bb', contact_name: 'Liv Svendsen', status: 'open' },
        ],
        loaded_at: '2026-03-26T10:00:00Z',
      },
    },
  }),
  route({
    method: 'GET',
    service: SERVICE,
    path: BASE,
    summary: 'List BLoC-resolved mentor states for org dashboard',
    query: pageQuery.extend({ org_id: z.string().min(1).max(64).optional(), status: statusEnum.optional() }),
    document: graphql(`
      query MentorDashboard($orgId: String, $status: MentorState, $page: Int, $limit: Int) {
        mentors(orgId: $orgId, status: $status, page: $page, limit: $limit) {
          items {
            id
            fullName
            currentStatus
            openAssignmentCount
            daysUntilExpiry
          }
          pageInfo {
            page
            limit
            total
          }
        }
      }
    `),
    variables: ({ query }) => ({ orgId: query.org_id, status: query.status, page: query.page, limit: query.limit }),
    result: (data) =>
      listResult({
        ...data.mentors,
        items: data.mentors.items.map((m) => ({
          mentorId: m.id,
          state: 'loaded',
          fullName: m.fullName,
          status: m.currentStatus,
          openAssignmentCount: m.openAssignmentCount,
          daysUntilExpiry: m.daysUntilExpiry,
        })),
      }),
    response: z.object({ data: z.array(dashboardRow), pagination: paginationSchema }),
    examples: {
      response: {
        data: [
          {
            mentor_id: 'mentor_a1b2c3',
            state: 'loaded',
            full_name: 'Kari Nordmann',
            status: 'active',
            open_assignment_count: 2,
            days_until_expiry: 665,
          },
        ],
        pagination: { page: 1, limit: 20, total: 48 },
      },
    },
  }),
  handlerRoute({
    method: 'POST',
    service: SERVICE,
    path: BASE,
    summary: 'Dispatch LoadMentorDetail event — returns initial loading state',
    body: z.object({ event: z.literal('LoadMentorDetail'), mentor_id: idParam }).strict(),
    status: 202,
    response: z.object({ mentor_id: z.string(), state: z.literal('loading'), dispatched_at: timestamp }),
    handle: async ({ body }, ctx) => {
      await requireMentor(ctx, body.mentor_id);
      const at = new Date();
      await markDispatched(ctx.db, body.mentor_id, at);
      ctx.background(() => currentOrLoad(ctx.run, ctx.db, body.mentor_id));
      return { status: 202, body: { mentor_id: body.mentor_id, state: 'loading', dispatched_at: isoSeconds(at) } };
    },
    examples: {
      request: { event: 'LoadMentorDetail', mentor_id: 'mentor_a1b2c3' },
      response: { mentor_id: 'mentor_a1b2c3', state: 'loading', dispatched_at: '2026-03-26T10:00:00Z' },
    },
  }),
  handlerRoute({
    method: 'PUT',
    service: SERVICE,
    path: `${BASE}/:mentor_id`,
    summary: 'Dispatch RefreshMentorDetail event — forces re-fetch of all sub-resources',
    params: mentorParams,
    body: z.object({ event: z.literal('RefreshMentorDetail') }).strict(),
    response: z.object({
      mentor_id: z.string(),
      state: z.literal('refreshing'),
      previous_loaded_at: timestamp.nullable(),
      refresh_dispatched_at: timestamp,
    }),
    handle: async ({ params }, ctx) => {
      await requireMentor(ctx, params.mentor_id);
      const at = new Date();
      const { previousLoadedAt, generation } = await markRefreshing(ctx.db, params.mentor_id, at);
      ctx.background(() => freshLoad(ctx.run, ctx.db, params.mentor_id, generation));
      return {
        status: 200,
        body: {
          mentor_id: params.mentor_id,
          state: 'refreshing',
          previous_loaded_at: isoSeconds(previousLoadedAt),
          refresh_dispatched_at: isoSeconds(at),
        },
      };
    },
    examples: {
      request: { event: 'RefreshMentorDetail' },
      response: {
        mentor_id: 'mentor_a1b2c3',
        state: 'refreshing',
        previous_loaded_at: '2026-03-26T09:00:00Z',
        refresh_dispatched_at: '2026-03-26T10:05:00Z',
      },
    },
  }),
  handlerRoute({
    method: 'DELETE',
    service: SERVICE,
    path: `${BASE}/:mentor_id`,
    summary: 'Clear BLoC state cache for a mentor (next GET will reload)',
    params: mentorParams,
    response: z.object({ cleared: z.literal(true), mentor_id: z.string() }),
    handle: async ({ params }, ctx) => {
      await requireMentor(ctx, params.mentor_id);
      await clearSnapshot(ctx.db, params.mentor_id);
      return { status: 200, body: { cleared: true, mentor_id: params.mentor_id } };
    },
    examples: { response: { cleared: true, mentor_id: 'mentor_a1b2c3' } },
  }),
];
