// Resolvers of the Mentor entity's stats fields: personal statistics, summaries, milestone feed, activity version,
// the activity list.
import type { MentorResolvers } from '../generated.js';
import type { Context } from '../context.js';
import { isoSeconds } from '../../../lib/dates.js';
import { notFound, unprocessable } from '../../../lib/errors.js';
import { pageArgs, paged } from '../../../lib/pagination.js';
import { personalStats } from '../personal-stats.js';
import { activityBreakdown } from '../breakdown.js';
import { contributionHistory, monthlySeries } from '../series.js';
import { checkYearRange, endDateOf } from '../windows.js';
import * as feed from '../feed-store.js';
import { mentorOrg } from '../calls/index.js';
import { maySeeMentor } from '../../../lib/caller.js';

/** The mentor's organisation: the `@requires` value, else asked from the mentors subgraph. */
async function orgOf(m: { id: string; orgId?: string }, ctx: Context): Promise<string> {
  if (m.orgId) return m.orgId;
  const orgId = await mentorOrg(ctx, m.id);
  if (orgId === null) throw notFound('mentor', m.id);
  return orgId;
}

/**
 * The mentor of a reference, or null when the caller may not see their statistics: decided from the `@requires`
 * organisation when the gateway sent it, else by the request's visibility loader.
 */
async function visibleRef(ref: { id: string; orgId?: unknown }, ctx: Context) {
  const mentor = { id: ref.id, ...(typeof ref.orgId === 'string' ? { orgId: ref.orgId } : {}) };
  if (ctx.access.kind === 'all') return mentor;
  const seen = mentor.orgId ? maySeeMentor(ctx.access, mentor.id, mentor.orgId) : await ctx.visible.load(mentor.id);
  return seen ? mentor : null;
}

/**
 * Mentor fields; per-mentor lookups of a page go through the request's DataLoaders. Every route to them starts at
 * a mentor the caller may see: a reference (checked here) or a visible activity's mentor (checked by its loader).
 */
export const Mentor: MentorResolvers = {
  __resolveReference: (ref, ctx) => visibleRef(ref, ctx),
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
  activitySummary: async (m, { period }, ctx) => {
    const counts = await ctx.loaders.summary(period).load(m.id);
    return {
      totalActivities: counts?.totalActivities ?? 0,
      totalSessions: counts?.totalSessions ?? 0,
      period,
    };
  },
  activityTotals: (m, { startDate, endDate }, ctx) => feed.activityTotals(ctx.db, m.id, startDate, endDate),
  thresholdCrossings: async (m, { metric, thresholds }, ctx) =>
    (await feed.thresholdCrossings(ctx.db, m.id, metric, thresholds)).map((c) => ({
      threshold: c.threshold,
      crossedAt: isoSeconds(c.crossedAt),
    })),
  activityVersion: async (m, _a, ctx) => (await ctx.loaders.activityVersion.load(m.id))?.version ?? '0',
  activities: async (m, { from, to, status, page, limit }, ctx) => {
    // DateTime arguments arrive normalised (YYYY-MM-DDTHH:MM:SSZ), so the strings compare as the instants do
    if (from != null && to != null && from > to) throw unprocessable(`from must not be after to, got ${from} > ${to}`);
    const args = pageArgs(page, limit);
    const filter = { from: from ?? null, to: to ?? null, status: status ?? null };
    const { rows, total } = await ctx.loaders.activityPage({ filter, page: args }).load(m.id);
    return paged(rows, args, total);
  },
};
