// Resolvers of the Mentor entity in its owning subgraph.
import type { MentorResolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
import { daysUntil } from './certification.js';

/** Mentor fields; every per-mentor lookup goes through the request's DataLoaders. */
export const Mentor: MentorResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.mentor.load(ref.id),
  createdAt: (m) => isoSeconds(m.createdAt),
  status: (m, _a, ctx) => ctx.loaders.status.load(m.id),
  certification: (m, _a, ctx) => ctx.loaders.certification.load(m.id),
  activeAssignments: (m, _a, ctx) => ctx.loaders.openAssignments.load(m.id),
  openAssignmentCount: async (m, _a, ctx) => (await ctx.loaders.openAssignments.load(m.id)).length,
  daysUntilExpiry: async (m, _a, ctx) => {
    const cert = await ctx.loaders.certification.load(m.id);
    return cert ? daysUntil(cert.expiryDate, ctx.now) : null;
  },
};
