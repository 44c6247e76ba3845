// Drizzle queries of the stats subgraph (reads only its own `stats` schema).
import { and, asc, count, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import { inPlaceholder, prepared } from '../../lib/prepared.js';
import { activities, activityTypes } from './tables.js';
import type { Window } from './periods.js';

/** All activity types, in id order. */
export function listActivityTypes(db: Db) {
  return db.select().from(activityTypes).orderBy(asc(activityTypes.id));
}

/** Activity types by id, one statement. */
export function activityTypesByIds(db: Db, ids: readonly string[]) {
  return db
    .select()
    .from(activityTypes)
    .where(inArray(activityTypes.id, [...ids]));
}

/** Activity types by key, one statement. */
export function activityTypesByKeys(db: Db, keys: readonly string[]) {
  return db
    .select()
    .from(activityTypes)
    .where(inArray(activityTypes.key, [...keys]));
}

/** Activities by id, one statement. */
export function activitiesByIds(db: Db, ids: readonly string[]) {
  return db
    .select()
    .from(activities)
    .where(inArray(activities.id, [...ids]));
}

/** Per mentor: activities and completed sessions in the window, one grouped (prepared) statement. */
export function summariesByMentor(db: Db, ids: readonly string[], w: Window) {
  return prepared(db, 'summaries_by_mentor', (d) =>
    d
      .select({
        mentorId: activities.mentorId,
        totalActivities: count(),
        totalSessions: sql<number>`(count(*) filter (where ${activities.status} = 'completed' and ${activityTypes.isSession}))::int`,
      })
      .from(activities)
      .innerJoin(activityTypes, eq(activityTypes.id, activities.activityTypeId))
      .where(
        and(
          inPlaceholder(activities.mentorId, 'ids'),
          gte(activities.occurredAt, sql.placeholder('start')),
          lt(activities.occurredAt, sql.placeholder('end')),
        ),
      )
      .groupBy(activities.mentorId),
  ).execute({ ids: [...ids], start: w.start.toISOString(), end: w.end.toISOString() });
}
