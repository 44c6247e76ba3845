// Query resolvers of the milestones subgraph.
import type { QueryResolvers } from '../generated.js';
import { pageArgs, paged } from '../../../lib/pagination.js';
import { parseMilestoneId } from '../views.js';
import * as store from '../store.js';
import { requireVisibleMentor, scopedFilter } from '../access.js';

/**
 * One milestone by id (null when unknown or of a mentor the caller may not see); a page of the milestones the caller
 * may see (an unknown or hidden mentor: 404).
 */
export const Query: QueryResolvers = {
  milestone: async (_p, { id }, ctx) => {
    const parsed = parseMilestoneId(id);
    if (!parsed || !(await ctx.loaders.visible.load(parsed.mentorId))) return null;
    return store.milestoneByKey(ctx.db, parsed.mentorId, parsed.key);
  },
  milestones: async (_p, { mentorId, status, type, page, limit }, ctx) => {
    const args = pageArgs(page, limit);
    if (mentorId != null) await requireVisibleMentor(ctx, mentorId);
    const f = await scopedFilter(ctx, { mentorId, status, type });
    if (!f) return paged([], args, 0);
    const { rows, total } = await store.listMilestones(ctx.db, f, args);
    return paged(rows, args, total);
  },
};
