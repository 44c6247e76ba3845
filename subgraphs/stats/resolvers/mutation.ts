// Mutation resolvers of the stats subgraph: each write is a use-case in writes/.
import type { MutationResolvers } from '../generated.js';
import { logActivity } from '../writes/log-activity.js';

/** Activity writes. */
export const Mutation: MutationResolvers = {
  logActivity: async (_p, { input }, ctx) => {
    const activity = await logActivity(input, ctx);
    return { activity, mentor: { id: activity.mentorId } };
  },
};
