// Resolvers of ActivityBreakdownEntry: the activity type it counts, as the ActivityType (through a DataLoader).
import type { ActivityBreakdownEntryResolvers } from '../generated.js';
import { activityTypeOf } from './activity.js';

/** ActivityBreakdownEntry fields computed in breakdown.ts pass through; the type id becomes the type. */
export const ActivityBreakdownEntry: ActivityBreakdownEntryResolvers = {
  activityType: (e, _a, ctx) => activityTypeOf(ctx, e.activityTypeId),
};
