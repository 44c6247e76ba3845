// Fields the reports subgraph contributes to the Mentor entity.
import type { MentorResolvers } from '../generated.js';
import { statusArg } from '../input.js';

/** Mentor.reports: the mentor's reports (optionally one status), newest first, from the request's loader. */
export const Mentor: MentorResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  reports: async (m, { status }, ctx) => {
    const wanted = statusArg(status);
    return (await ctx.loaders.byMentor.load(m.id)).filter((r) => !wanted || r.status === wanted);
  },
};
