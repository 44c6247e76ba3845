// Resolvers of the Activity entity: reference lookup, timestamp form, its type.
import type { ActivityResolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
import { notFound } from '../../../lib/errors.js';

/** Activity fields; the activity and its type come from the request's DataLoaders. */
export const Activity: ActivityResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.activity.load(ref.id),
  occurredAt: (a) => isoSeconds(a.occurredAt),
  mentor: (a) => ({ id: a.mentorId }),
  type: async (a, _x, ctx) =>
    (await ctx.loaders.activityType.load(a.activityTypeId)) ??
    Promise.reject(notFound('activity type', a.activityTypeId)),
};
