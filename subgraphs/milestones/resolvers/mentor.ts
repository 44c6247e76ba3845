// Fields the milestones subgraph contributes to the Mentor entity; all read the request's byMentor loader.
import type { MentorResolvers } from '../generated.js';
import { recentWindow } from '../period.js';

/** Mentor.milestones, newMilestones (achieved in a window), inProgressMilestones. */
export const Mentor: MentorResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  milestones: async (m, { status, type }, ctx) => {
    return (await ctx.loaders.byMentor.load(m.id)).filter(
      (r) => (!status || r.status === status) && (!type || r.definition.type === type),
    );
  },
  newMilestones: async (m, { startDate, endDate }, ctx) => {
    const w = recentWindow(startDate, endDate, ctx.now);
    return (await ctx.loaders.byMentor.load(m.id))
      .filter(
        (r) => r.status === 'achieved' && r.achievedAt && r.achievedAt >= w.start && r.achievedAt < w.endExclusive,
      )
      .sort((a, b) => a.achievedAt!.getTime() - b.achievedAt!.getTime());
  },
  inProgressMilestones: async (m, _a, ctx) =>
    (await ctx.loaders.byMentor.load(m.id)).filter((r) => r.status === 'in_progress'),
};
