// Query resolvers of the mentors subgraph.
import type { QueryResolvers } from '../generated.js';
import { pageArgs, paged } from '../../../lib/pagination.js';
import { notFound } from '../../../lib/errors.js';
import * as store from '../store.js';
import { listPauseRecords } from '../pause-store.js';
import { checkId } from '../input.js';

/** Root queries: one mentor, the dashboard list, statuses, pause records. */
export const Query: QueryResolvers = {
  mentor: (_p, { id }, ctx) => ctx.loaders.mentor.load(id),
  mentors: async (_p, { orgId, status, page, limit }, ctx) => {
    const args = pageArgs(page, limit);
    const { rows, total } = await store.listMentors(ctx.db, { orgId, status }, args);
    for (const row of rows) ctx.loaders.mentor.prime(row.id, row);
    return paged(rows, args, total);
  },
  mentorStatuses: async (_p, { status, isPaused, orgId, page, limit }, ctx) => {
    const args = pageArgs(page, limit);
    const { rows, total } = await store.listStatuses(ctx.db, { status, isPaused, orgId }, args);
    return paged(rows, args, total);
  },
  mentorStatus: (_p, { mentorId }, ctx) => ctx.loaders.status.load(mentorId),
  pauseRecords: async (_p, { mentorId, isActive, page, limit }, ctx) => {
    const args = pageArgs(page, limit);
    if (mentorId != null && !(await ctx.loaders.mentor.load(checkId('mentor_id', mentorId)))) throw notFound('mentor', mentorId);
    const { rows, total } = await listPauseRecords(ctx.db, { mentorId, isActive }, args);
    for (const row of rows) ctx.loaders.pauseRecord.prime(row.id, row);
    return paged(rows, args, total);
  },
  pauseRecord: (_p, { id }, ctx) => ctx.loaders.pauseRecord.load(id),
};
