// Resolvers of ActivityBreakdownEntry: the activity type it counts, as the ActivityType (through a DataLoader).
import type { ActivityBreakdownEntryResolvers } from '../generated.js';
import { notFound } from '../../../lib/errors.js';

/** ActivityBreakdownEntry fields computed in breakdown.ts pass through; the type id becomes the type. */
export const ActivityBreakdownEntry: ActivityBreakdownEntryResolvers = {
  activityType: async (e, _a, ctx) =>
    (await ctx.loaders.activityType.load(e.activityTypeId)) ??
    Promise.reject(notFound('activity type', e.activityTypeId)),
};
