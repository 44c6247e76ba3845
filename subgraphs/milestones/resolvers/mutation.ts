// Mutations of the milestones subgraph: detection, hand edits, deletion.
import type { MutationResolvers } from '../generated.js';
import { detectMilestones } from '../writes/detect.js';
import { deleteMilestone, updateMilestone } from '../writes/milestone.js';
import { pageInfoOf } from '../../../lib/pagination.js';

/** detectMilestones answers the detected milestones as one page (at most 15, one per catalog entry). */
export const Mutation: MutationResolvers = {
  detectMilestones: async (_p, { input }, ctx) => {
    const items = await detectMilestones(ctx, input);
    return { items, pageInfo: pageInfoOf(1, 20, items.length) };
  },
  updateMilestone: (_p, { id, input }, ctx) => updateMilestone(ctx, id, input),
  deleteMilestone: (_p, { id }, ctx) => deleteMilestone(ctx, id),
};
