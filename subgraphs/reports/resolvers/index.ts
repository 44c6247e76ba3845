// All resolvers of the reports subgraph.
import type { Resolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
import { JSONObject } from '../scalars.js';

/** The resolver map given to buildSubgraphSchema. */
export const resolvers: Resolvers = {
  JSONObject,
  Query: {
    report: (_p, { id }, ctx) => ctx.loaders.report.load(id),
  },
  Mentor: {
    __resolveReference: (ref) => ({ id: ref.id }),
    reports: async (m, { status }, ctx) => (await ctx.loaders.byMentor.load(m.id))
      .filter((r) => !status || r.status === status),
  },
  Report: {
    fieldCount: (r) => Object.keys(r.fields).length,
    hasWayForward: (r) => typeof r.fields.way_forward === 'string' && r.fields.way_forward.trim() !== '',
    submittedAt: (r) => isoSeconds(r.submittedAt),
    createdAt: (r) => isoSeconds(r.createdAt),
    updatedAt: (r) => isoSeconds(r.updatedAt),
  },
};
