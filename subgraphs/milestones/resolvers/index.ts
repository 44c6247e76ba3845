// All resolvers of the milestones subgraph.
import type { Resolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
import * as store from '../store.js';
import { milestoneId, parseMilestoneId } from '../views.js';
import { accessibilityLabel } from '../labels.js';

/** The resolver map given to buildSubgraphSchema. */
export const resolvers: Resolvers = {
  Query: {
    milestone: (_p, { id }, ctx) => {
      const parsed = parseMilestoneId(id);
      return parsed ? store.milestoneByKey(ctx.db, parsed.mentorId, parsed.key) : null;
    },
  },
  Mentor: {
    __resolveReference: (ref) => ({ id: ref.id }),
    milestones: async (m, { status, type }, ctx) => (await ctx.loaders.byMentor.load(m.id))
      .filter((r) => (!status || r.status === status) && (!type || r.definition.type === type)),
  },
  Milestone: {
    id: (m) => milestoneId(m.definitionKey, m.mentorId),
    key: (m) => m.definitionKey,
    name: (m) => m.definition.name,
    type: (m) => m.definition.type,
    threshold: (m) => m.definition.threshold,
    achievedAt: (m) => isoSeconds(m.achievedAt),
    progressPercentage: (m) => (m.status === 'in_progress'
      ? Math.floor((m.achievedValue / m.definition.threshold) * 100) : null),
    remaining: (m) => (m.status === 'in_progress' ? m.definition.threshold - m.achievedValue : null),
    accessibilityLabel: (m) => accessibilityLabel({
      type: m.definition.type, status: m.status, threshold: m.definition.threshold,
      value: m.achievedValue, achievedAt: m.achievedAt,
    }),
    badgeImageUrl: (m) => m.definition.badgeImage,
  },
};
