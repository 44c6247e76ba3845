// Query resolvers of the mentors subgraph.
import type { QueryResolvers } from '../generated.js';
import { pageArgs, paged } from '../../../lib/pagination.js';
import { listScope } from '../../../lib/caller.js';
import { notFound } from '../../../lib/errors.js';
import * as store from '../store.js';
import { listPauseRecords } from '../pause-store.js';
import { checkId } from '../input.js';
import { selects } from '../../../lib/selects.js';
import type { Context } from '../context.js';

/** Mentor fields served by the status and certification loaders. */
const detailFields = ['status', 'currentStatus', 'certification', 'daysUntilExpiry'] as const;

/**
 * Loads mentors with their status and certification in one statement and primes those loaders. Only root query
 * fields do this: a mutation never shares its request's loaders with a read made before its write.
 */
async function loadDetails(ctx: Context, ids: readonly string[]) {
  const details = await ctx.loaders.mentorDetail.loadMany(ids);
  for (const d of details) {
    if (!d || d instanceof Error) continue;
    ctx.loaders.mentor.prime(d.mentor.id, d.mentor);
    ctx.loaders.status.prime(d.mentor.id, d.status);
    ctx.loaders.certification.prime(d.mentor.id, d.certification);
  }
  return details;
}

/** Root queries: one mentor, the dashboard list, statuses, pause records. */
export const Query: QueryResolvers = {
  mentor: async (_p, { id }, ctx, info) => {
    if (!selects(info, detailFields, 1)) return ctx.loaders.mentor.load(id);
    const [d] = await loadDetails(ctx, [id]);
    if (d instanceof Error) throw d;
    return d?.mentor ?? null;
  },
  mentors: async (_p, { orgId, status, page, limit }, ctx, info) => {
    const args = pageArgs(page, limit);
    const scope = listScope(ctx.access, { orgId });
    if (!scope) return paged([], args, 0);
    const { rows, total } = await store.listMentors(ctx.db, { ...scope, status }, args);
    for (const row of rows) ctx.loaders.mentor.prime(row.id, row);
    if (rows.length && selects(info, detailFields, 2))
      await loadDetails(
        ctx,
        rows.map((r) => r.id),
      );
    return paged(rows, args, total);
  },
  mentorStatuses: async (_p, { status, isPaused, orgId, page, limit }, ctx) => {
    const args = pageArgs(page, limit);
    const scope = listScope(ctx.access, { orgId });
    if (!scope) return paged([], args, 0);
    const { rows, total } = await store.listStatuses(ctx.db, { ...scope, status, isPaused }, args);
    return paged(rows, args, total);
  },
  mentorStatus: (_p, { mentorId }, ctx) => ctx.loaders.status.load(mentorId),
  pauseRecords: async (_p, { mentorId, isActive, page, limit }, ctx) => {
    const args = pageArgs(page, limit);
    if (mentorId != null && !(await ctx.loaders.mentor.load(checkId('mentor_id', mentorId))))
      throw notFound('mentor', mentorId);
    const scope = listScope(ctx.access, { mentorId });
    if (!scope) return paged([], args, 0);
    const { rows, total } = await listPauseRecords(ctx.db, { ...scope, isActive }, args);
    for (const row of rows) ctx.loaders.pauseRecord.prime(row.id, row);
    return paged(rows, args, total);
  },
  pauseRecord: (_p, { id }, ctx) => ctx.loaders.pauseRecord.load(id),
};
