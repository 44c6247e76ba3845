// Fields the reports subgraph contributes to the stats-owned Activity entity.
import type { ActivityResolvers } from '../generated.js';
import { boundArg } from '../../../lib/pagination.js';
import { statusArg } from '../input.js';

/** Activity.reports: the activity's newest reports (optionally one status), at most `first`, from the request's loader. */
export const Activity: ActivityResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  reports: async (a, { status, first }, ctx) => {
    const wanted = statusArg(status);
    const n = boundArg('first', first);
    return (await ctx.loaders.byActivity.load(a.id)).filter((r) => !wanted || r.status === wanted).slice(0, n);
  },
};
