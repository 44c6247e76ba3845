// Tables owned by the milestones subgraph, all in the `milestones` Postgres schema.
import { sql } from 'drizzle-orm';
import {
  pgSchema,
  text,
  timestamp,
  doublePrecision,
  integer,
  index,
  uniqueIndex,
  check,
  primaryKey,
} from 'drizzle-orm/pg-core';

/** The Postgres schema that only the milestones subgraph reads and writes. */
export const milestonesSchema = pgSchema('milestones');

/** Catalog of milestone definitions (`milestone_100h`: hours_logged ≥ 100). */
export const milestoneDefinitions = milestonesSchema.table(
  'milestone_definitions',
  {
    key: text('key').primaryKey(),
    type: text('type', { enum: ['hours_logged', 'contacts_helped', 'activity_count'] }).notNull(),
    threshold: integer('threshold').notNull(),
    name: text('name').notNull(),
    badgeImage: text('badge_image').notNull(),
  },
  (t) => [
    uniqueIndex('milestone_definitions_type_threshold_uq').on(t.type, t.threshold),
    check('milestone_definitions_type_ck', sql`${t.type} in ('hours_logged', 'contacts_helped', 'activity_count')`),
    check('milestone_definitions_threshold_ck', sql`${t.threshold} > 0`),
  ],
);

/** One mentor's progress on one catalog milestone. */
export const mentorMilestones = milestonesSchema.table(
  'mentor_milestones',
  {
    mentorId: text('mentor_id').notNull(),
    definitionKey: text('definition_key')
      .notNull()
      .references(() => milestoneDefinitions.key),
    status: text('status', { enum: ['achieved', 'in_progress'] }).notNull(),
    achievedValue: doublePrecision('achieved_value').notNull(),
    achievedAt: timestamp('achieved_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'mentor_milestones_pk', columns: [t.mentorId, t.definitionKey] }),
    index('mentor_milestones_status_idx').on(t.status, t.mentorId),
    index('mentor_milestones_achieved_idx').on(t.mentorId, t.achievedAt),
    check('mentor_milestones_status_ck', sql`${t.status} in ('achieved', 'in_progress')`),
    check('mentor_milestones_value_ck', sql`${t.achievedValue} >= 0`),
    check('mentor_milestones_achieved_at_ck', sql`(${t.status} = 'achieved') = (${t.achievedAt} is not null)`),
  ],
);

export type MilestoneDefinitionRow = typeof milestoneDefinitions.$inferSelect;
export type MentorMilestoneRow = typeof mentorMilestones.$inferSelect;
