// Query resolvers of the reports subgraph.
import type { QueryResolvers } from '../generated.js';
import { pageArgs, paged } from '../../../lib/pagination.js';
import * as store from '../store.js';
import type { ReportFilter } from '../store.js';
import type { Context } from '../context.js';
import { requireEntity } from '../references.js';
import { idArg, optionalIdArg } from '../input.js';
import { scopedFilter } from '../access.js';

/** A page of the reports the caller may see (an empty one, without a statement, when none can match). */
async function page(ctx: Context, filter: ReportFilter, p?: number | null, l?: number | null) {
  const args = pageArgs(p, l);
  const scoped = scopedFilter(ctx.access, filter);
  if (!scoped) return paged([], args, 0);
  const { rows, total } = await store.listReports(ctx.db, scoped, args);
  for (const row of rows) ctx.loaders.report.prime(row.reportId, row);
  return paged(rows, args, total);
}

/** Root queries: one report, the filtered list, and the per-activity and per-mentor lists. */
export const Query: QueryResolvers = {
  report: (_p, { id }, ctx) => ctx.loaders.report.load(idArg('id', id)),
  reports: (_p, { status, peerMentorId, orgId, activityId, page: p, limit }, ctx) =>
    page(
      ctx,
      {
        status,
        peerMentorId: optionalIdArg('peerMentorId', peerMentorId),
        orgId: optionalIdArg('orgId', orgId),
        activityId: optionalIdArg('activityId', activityId),
      },
      p,
      limit,
    ),
  activityReports: async (_p, { activityId, status, page: p, limit }, ctx) => {
    pageArgs(p, limit);
    await requireEntity(ctx, 'Activity', idArg('activityId', activityId));
    return page(ctx, { activityId, status }, p, limit);
  },
  mentorReports: async (_p, { mentorId, status, page: p, limit }, ctx) => {
    pageArgs(p, limit);
    await requireEntity(ctx, 'Mentor', idArg('mentorId', mentorId));
    return page(ctx, { peerMentorId: mentorId, status }, p, limit);
  },
};
