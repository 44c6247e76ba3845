// Query resolvers of the milestones subgraph.
import type { QueryResolvers } from '../generated.js';
import { notFound } from '../../../lib/errors.js';
import { pageArgs, paged } from '../../../lib/pagination.js';
import { parseMilestoneId } from '../views.js';
import * as store from '../store.js';
import { mentorExists } from '../calls/index.js';

/** One milestone by id; a page of milestones (unknown mentor: 404). */
export const Query: QueryResolvers = {
  milestone: (_p, { id }, ctx) => {
    const parsed = parseMilestoneId(id);
    return parsed ? store.milestoneByKey(ctx.db, parsed.mentorId, parsed.key) : null;
  },
  milestones: async (_p, { mentorId, status, type, page, limit }, ctx) => {
    const args = pageArgs(page, limit);
    const f = { mentorId, status, type };
    if (mentorId != null && !(await mentorExists(ctx, mentorId))) throw notFound('mentor', mentorId);
    const { rows, total } = await store.listMilestones(ctx.db, f, args);
    return paged(rows, args, total);
  },
};
