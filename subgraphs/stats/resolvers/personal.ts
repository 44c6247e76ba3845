// Resolvers of the personal-statistics fields on Mentor and of Mutation.logActivity.
import type { MentorResolvers, MutationResolvers } from '../generated.js';
import type { Context } from '../context.js';
import { notFound } from '../../../lib/errors.js';
import { pageArgs } from '../../../lib/pagination.js';
import { personalStats } from '../personal-stats.js';
import { activityBreakdown } from '../breakdown.js';
import { contributionHistory, monthlySeries } from '../series.js';
import { checkYearRange, endDateOf } from '../windows.js';
import { logActivity } from '../log-activity.js';

/** The mentor's organisation: the `@requires` value, else asked from the mentors subgraph. */
async function orgOf(m: { id: string; orgId?: string }, ctx: Context): Promise<string> {
  if (m.orgId) return m.orgId;
  const found = (await ctx.entities('Mentor', [m.id])).get(m.id);
  if (!found) throw notFound('mentor', m.id);
  return String(found.orgId);
}

/** Mentor fields of the personal statistics. */
export const personalMentorFields: Pick<
  MentorResolvers<Context>,
  'personalStats' | 'monthlySeries' | 'activityBreakdown' | 'contributionHistory'
> = {
  personalStats: async (m, { period, asOf }, ctx) => {
    const end = endDateOf(asOf, ctx.now);
    return personalStats(ctx.db, m.id, await orgOf(m, ctx), period, end);
  },
  monthlySeries: (m, { from, to, asOf, page, limit }, ctx) =>
    monthlySeries(ctx.db, m.id, endDateOf(asOf, ctx.now), { from, to }, pageArgs(page, limit)),
  activityBreakdown: (m, { period, asOf, page, limit }, ctx) =>
    activityBreakdown(ctx.db, m.id, period, endDateOf(asOf, ctx.now), pageArgs(page, limit)),
  contributionHistory: (m, { fromYear, toYear, asOf, page, limit }, ctx) => {
    checkYearRange(fromYear, toYear);
    return contributionHistory(ctx.db, m.id, endDateOf(asOf, ctx.now), { fromYear, toYear }, pageArgs(page, limit));
  },
};

/** Mutation.logActivity. */
export const mutationResolvers: MutationResolvers<Context> = {
  logActivity: (_p, { input }, ctx) => logActivity(input, ctx),
};
