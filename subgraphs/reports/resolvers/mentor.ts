// Fields the reports subgraph contributes to the Mentor entity.
import type { MentorResolvers } from '../generated.js';
import { boundArg } from '../../../lib/pagination.js';

/** Mentor.reports: the mentor's newest reports (optionally one status), at most `first`, from the request's loader. */
export const Mentor: MentorResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  reports: async (m, { status, first }, ctx) => {
    const n = boundArg('first', first);
    return (await ctx.loaders.byMentor.load(m.id)).filter((r) => !status || r.status === status).slice(0, n);
  },
};
