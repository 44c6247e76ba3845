// All resolvers of the stats subgraph.
import type { Resolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
import { notFound } from '../../../lib/errors.js';
import * as store from '../store.js';

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
  },
  Activity: {
    __resolveReference: (ref, ctx) => ctx.loaders.activity.load(ref.id),
    occurredAt: (a) => isoSeconds(a.occurredAt),
    activityType: async (a, _x, ctx) =>
      (await ctx.loaders.activityType.load(a.activityTypeId)) ?? Promise.reject(notFound('activity type', a.activityTypeId)),
  },
};
