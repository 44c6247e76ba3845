// Resolvers of PersonalStats: the most common activity type as the ActivityType it names.
import type { PersonalStatsResolvers } from '../generated.js';

/** PersonalStats fields computed elsewhere pass through; the type key becomes the type, through a DataLoader. */
export const PersonalStats: PersonalStatsResolvers = {
  mostCommonActivityType: (s, _a, ctx) =>
    s.mostCommonActivityType === null ? null : ctx.loaders.activityTypeByKey.load(s.mostCommonActivityType),
};
