// Fields of Milestone: id scheme, catalog data, progress figures and the screen-reader label.
import type { MilestoneResolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
import { milestoneId } from '../views.js';
import { accessibilityLabel } from '../labels.js';
import { progressPercentage, remaining } from '../rules.js';

/** Milestone fields; progress figures only while in progress. */
export const Milestone: MilestoneResolvers = {
  id: (m) => milestoneId(m.definitionKey, m.mentorId),
  key: (m) => m.definitionKey,
  mentor: (m) => ({ id: m.mentorId }),
  name: (m) => m.definition.name,
  type: (m) => m.definition.type,
  threshold: (m) => m.definition.threshold,
  currentValue: (m) => m.achievedValue,
  achievedAt: (m) => isoSeconds(m.achievedAt),
  progressPercentage: (m) =>
    m.status === 'in_progress' ? progressPercentage(m.achievedValue, m.definition.threshold) : null,
  remaining: (m) => (m.status === 'in_progress' ? remaining(m.achievedValue, m.definition.threshold) : null),
  accessibilityLabel: (m, { withRemaining }) =>
    accessibilityLabel(
      {
        type: m.definition.type,
        status: m.status,
        threshold: m.definition.threshold,
        value: m.achievedValue,
        achievedAt: m.achievedAt,
      },
      withRemaining,
    ),
  badgeImageUrl: (m) => m.definition.badgeImage,
};
