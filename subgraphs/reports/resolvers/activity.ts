// Fields the reports subgraph contributes to the stats-owned Activity entity.
import type { ActivityResolvers } from '../generated.js';
import { statusArg } from '../input.js';

/** Activity.reports: reports filed on the activity (optionally one status), newest first, from the request's loader. */
export const Activity: ActivityResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  reports: async (a, { status }, ctx) => {
    const wanted = statusArg(status);
    return (await ctx.loaders.byActivity.load(a.id)).filter((r) => !wanted || r.status === wanted);
  },
};
