// Resolvers of the Activity entity: reference lookup, timestamp form, its type.
import type { ActivityResolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
import { notFound } from '../../../lib/errors.js';
import type { Context } from '../context.js';

/** An activity type by id, through the request's loader; a foreign key guarantees it exists. */
export async function activityTypeOf(ctx: Context, id: string) {
  return (await ctx.loaders.activityType.load(id)) ?? Promise.reject(notFound('activity type', id));
}

/** Activity fields; the activity and its type come from the request's DataLoaders. */
export const Activity: ActivityResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.activity.load(ref.id),
  occurredAt: (a) => isoSeconds(a.occurredAt),
  mentor: (a) => ({ id: a.mentorId }),
  type: (a, _x, ctx) => activityTypeOf(ctx, a.activityTypeId),
};
