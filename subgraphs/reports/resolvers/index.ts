// All resolvers of the reports subgraph.
import type { Resolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
import { JSONObject } from '../scalars.js';
import { Query } from './query.js';
import { Mutation } from './mutation.js';
import { statusArg } from './args.js';

/** The resolver map given to buildSubgraphSchema. */
export const resolvers: Resolvers = {
  JSONObject,
  Query,
  Mutation,
  Mentor: {
    __resolveReference: (ref) => ({ id: ref.id }),
    reports: async (m, { status }, ctx) => {
      const wanted = statusArg(status);
      return (await ctx.loaders.byMentor.load(m.id)).filter((r) => !wanted || r.status === wanted);
    },
  },
  Activity: {
    __resolveReference: (ref) => ({ id: ref.id }),
    reports: async (a, { status }, ctx) => {
      const wanted = statusArg(status);
      return (await ctx.loaders.byActivity.load(a.id)).filter((r) => !wanted || r.status === wanted);
    },
  },
  Report: {
    fieldCount: (r) => Object.keys(r.fields).length,
    hasWayForward: (r) => typeof r.fields.way_forward === 'string' && r.fields.way_forward.trim() !== '',
    submittedAt: (r) => isoSeconds(r.submittedAt),
    createdAt: (r) => isoSeconds(r.createdAt),
    updatedAt: (r) => isoSeconds(r.updatedAt),
    activity: (r) => ({ id: r.activityId }),
    mentor: (r) => ({ id: r.peerMentorId }),
  },
};
