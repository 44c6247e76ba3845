// Tables owned by the stats subgraph, all in the `stats` Postgres schema.
import { sql } from 'drizzle-orm';
import {
  pgSchema,
  text,
  timestamp,
  boolean,
  integer,
  bigint,
  date,
  index,
  uniqueIndex,
  check,
  primaryKey,
} from 'drizzle-orm/pg-core';

/** The Postgres schema that only the stats subgraph reads and writes. */
export const statsSchema = pgSchema('stats');

/** Catalog of activity types (`act_type_001`, key `one_on_one_session`). */
export const activityTypes = statsSchema.table(
  'activity_types',
  {
    id: text('id').primaryKey(),
    key: text('key').notNull(),
    displayName: text('display_name').notNull(),
    isSession: boolean('is_session').notNull().default(false),
  },
  (t) => [uniqueIndex('activity_types_key_uq').on(t.key)],
);

/** Activities logged by mentors; `mentor_id` refers to the mentors subgraph's entity. */
export const activities = statsSchema.table(
  'activities',
  {
    id: text('id').primaryKey(),
    mentorId: text('mentor_id').notNull(),
    orgId: text('org_id').notNull(),
    activityTypeId: text('activity_type_id')
      .notNull()
      .references(() => activityTypes.id),
    status: text('status', { enum: ['completed', 'cancelled'] }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    contactId: text('contact_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('activities_mentor_time_idx').on(t.mentorId, t.occurredAt),
    index('activities_org_time_idx').on(t.orgId, t.occurredAt),
    check('activities_status_ck', sql`${t.status} in ('completed', 'cancelled')`),
    check('activities_duration_ck', sql`${t.durationMinutes} between 1 and 1440`),
  ],
);

/**
 * Per mentor and UTC day: counts, completed minutes and the running total of completed activities up to and
 * including that day. Maintained by a trigger on `activities` (same transaction as every insert/update/delete).
 */
export const mentorDays = statsSchema.table(
  'mentor_days',
  {
    mentorId: text('mentor_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    total: integer('total').notNull().default(0),
    completed: integer('completed').notNull().default(0),
    completedMinutes: integer('completed_minutes').notNull().default(0),
    completedCum: integer('completed_cum').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'mentor_days_pk', columns: [t.mentorId, t.day] })],
);

/**
 * Mentors known to stats (one row once a first activity is logged): the org of the latest logged activity
 * (peer group of the percentile) and a version bumped on every change to the mentor's activities. Trigger-kept.
 */
export const mentorRoster = statsSchema.table(
  'mentor_roster',
  {
    mentorId: text('mentor_id').primaryKey(),
    orgId: text('org_id').notNull(),
    version: bigint('version', { mode: 'number' }).notNull().default(0),
  },
  (t) => [index('mentor_roster_org_idx').on(t.orgId, t.mentorId)],
);

export type ActivityTypeRow = typeof activityTypes.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
