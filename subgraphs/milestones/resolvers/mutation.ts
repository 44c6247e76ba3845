// Mutation resolvers of the milestones subgraph; each answers its payload with the mentor (a reference the gateway
// completes from every subgraph after the write).
import type { MutationResolvers } from '../generated.js';
import { detectMilestones } from '../writes/detect.js';
import { deleteMilestone, updateMilestone } from '../writes/milestone.js';
import { pageInfoOf } from '../../../lib/pagination.js';

/** detectMilestones answers the detected milestones as one page (at most 15, one per catalog entry). */
export const Mutation: MutationResolvers = {
  detectMilestones: async (_p, { input }, ctx) => {
    const items = await detectMilestones(ctx, input);
    return {
      milestones: { items, pageInfo: pageInfoOf(1, 20, items.length) },
      mentor: { id: input.mentorId },
    };
  },
  updateMilestone: async (_p, { id, input }, ctx) => {
    const milestone = await updateMilestone(ctx, id, input);
    return { milestone, mentor: { id: milestone.mentorId } };
  },
  deleteMilestone: async (_p, { id }, ctx) => {
    const done = await deleteMilestone(ctx, id);
    return { deletedId: done.deletedId, mentor: { id: done.mentorId } };
  },
};
