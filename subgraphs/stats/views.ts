// Shapes the stats resolvers return where no single table row fits.
import type { ActivityBreakdownEntry, PersonalStats } from './generated.js';

/** A reference to a Mentor entity owned by the mentors subgraph; `orgId` is present when a field `@requires` it. */
export interface MentorRef {
  id: string;
  orgId?: string;
}

/** PersonalStats as computed: the most common activity type is its key, resolved to the type by PersonalStats. */
export type PersonalStatsView = Omit<PersonalStats, 'mostCommonActivityType'> & {
  mostCommonActivityType: string | null;
};

/** A breakdown entry as computed: the activity type by id, resolved to the type by ActivityBreakdownEntry. */
export type BreakdownEntryView = Omit<ActivityBreakdownEntry, 'activityType'>;
