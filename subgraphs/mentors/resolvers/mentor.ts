// Resolvers of the Mentor entity in its owning subgraph.
import type { MentorResolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
import { boundArg, pageArgs, paged } from '../../../lib/pagination.js';
import { daysUntil } from './certification.js';
import { DEFAULT_STATUS } from '../views.js';
import { notFound } from '../../../lib/errors.js';
import type { Context } from '../context.js';

/** The mentor a record belongs to, through the request's loader (a foreign key guarantees it exists). */
export async function mentorOf(ctx: Context, id: string) {
  return (await ctx.loaders.mentor.load(id)) ?? Promise.reject(notFound('mentor', id));
}

/** Mentor fields; every per-mentor lookup goes through the request's DataLoaders. */
export const Mentor: MentorResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.mentor.load(ref.id),
  createdAt: (m) => isoSeconds(m.createdAt),
  status: (m, _a, ctx) => ctx.loaders.status.load(m.id),
  currentStatus: async (m, _a, ctx) => (await ctx.loaders.status.load(m.id))?.status ?? DEFAULT_STATUS,
  pauseRecords: async (m, { isActive, page, limit }, ctx) => {
    const args = pageArgs(page, limit);
    const all = (await ctx.loaders.pauseRecordsOfMentor.load(m.id)).filter(
      (p) => isActive == null || p.isActive === isActive,
    );
    return paged(all.slice(args.offset, args.offset + args.limit), args, all.length);
  },
  certification: (m, _a, ctx) => ctx.loaders.certification.load(m.id),
  activeAssignments: async (m, { first }, ctx) => {
    const n = boundArg('first', first);
    return (await ctx.loaders.openAssignments.load(m.id)).slice(0, n);
  },
  openAssignmentCount: async (m, _a, ctx) => (await ctx.loaders.openAssignments.load(m.id)).length,
  daysUntilExpiry: async (m, _a, ctx) => {
    const cert = await ctx.loaders.certification.load(m.id);
    return cert ? daysUntil(cert.expiryDate, ctx.now) : null;
  },
  detailVersion: async (m, _a, ctx) => (await ctx.loaders.detailVersion.load(m.id))?.version ?? '',
};
