// All resolvers of the stats subgraph.
import type { Resolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
import { notFound } from '../../../lib/errors.js';
import * as store from '../store.js';
import * as feed from '../milestone-feed.js';
import { mutationResolvers, personalMentorFields } from './personal.js';

/** The resolver map given to buildSubgraphSchema. */
export const resolvers: Resolvers = {
  Query: {
    activityTypes: (_p, _a, ctx) => store.listActivityTypes(ctx.db),
  },
  Mutation: mutationResolvers,
  Mentor: {
    __resolveReference: (ref) => ({ id: ref.id, ...(typeof ref.orgId === 'string' ? { orgId: ref.orgId } : {}) }),
    ...personalMentorFields,
    activitySummary: async (m, { period }, ctx) => ({
      ...(await ctx.loaders.summary(period).load(m.id)),
      period: period.toLowerCase(),
    }),
    activityTotals: (m, { startDate, endDate }, ctx) => feed.activityTotals(ctx.db, m.id, startDate, endDate),
    thresholdCrossings: async (m, { metric, thresholds }, ctx) =>
      (await feed.thresholdCrossings(ctx.db, m.id, metric, thresholds)).map((c) => ({
        threshold: c.threshold,
        crossedAt: isoSeconds(c.crossedAt),
      })),
    activityVersion: async (m, _a, ctx) => (await ctx.loaders.activityVersion.load(m.id))?.version ?? '0',
  },
  Activity: {
    __resolveReference: (ref, ctx) => ctx.loaders.activity.load(ref.id),
    occurredAt: (a) => isoSeconds(a.occurredAt),
    activityType: async (a, _x, ctx) =>
      (await ctx.loaders.activityType.load(a.activityTypeId)) ??
      Promise.reject(notFound('activity type', a.activityTypeId)),
  },
};
