// Fields the reports subgraph contributes to the stats-owned Activity entity.
import type { ActivityResolvers } from '../generated.js';
import { boundArg } from '../../../lib/pagination.js';

/** Activity.reports: the activity's newest reports (optionally one status), at most `first`, from the request's loader. */
export const Activity: ActivityResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  reports: async (a, { status, first }, ctx) => {
    const n = boundArg('first', first);
    return (await ctx.loaders.byActivity.load(a.id)).filter((r) => !status || r.status === status).slice(0, n);
  },
};
