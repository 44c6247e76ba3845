// All resolvers of the stats subgraph.
import type { Resolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
import { notFound } from '../../../lib/errors.js';
import * as store from '../store.js';
import * as feed from '../milestone-feed.js';

/** The resolver map given to buildSubgraphSchema. */
export const resolvers: Resolvers = {
  Query: {
    activityTypes: (_p, _a, ctx) => store.listActivityTypes(ctx.db),
  },
  Mentor: {
    __resolveReference: (ref) => ({ id: ref.id }),
    activitySummary: async (m, { period }, ctx) => ({
      ...(await ctx.loaders.summary(period).load(m.id)),
      period: period.toLowerCase(),
    }),
    activityTotals: (m, { startDate, endDate }, ctx) => feed.activityTotals(ctx.db, m.id, startDate, endDate),
    thresholdCrossings: async (m, { metric, thresholds }, ctx) => (await feed.thresholdCrossings(ctx.db, m.id, metric, thresholds))
      .map((c) => ({ threshold: c.threshold, crossedAt: isoSeconds(c.crossedAt) })),
  },
  Activity: {
    __resolveReference: (ref, ctx) => ctx.loaders.activity.load(ref.id),
    occurredAt: (a) => isoSeconds(a.occurredAt),
    activityType: async (a, _x, ctx) =>
      (await ctx.loaders.activityType.load(a.activityTypeId)) ?? Promise.reject(notFound('activity type', a.activityTypeId)),
  },
};
