// Query resolvers of the stats subgraph.
import type { QueryResolvers } from '../generated.js';
import * as store from '../store.js';

/** Root queries: the activity type catalog, an activity by id (through the request's loader). */
export const Query: QueryResolvers = {
  activityTypes: (_p, _a, ctx) => store.listActivityTypes(ctx.db),
  activity: (_p, { id }, ctx) => ctx.loaders.activity.load(id),
};
