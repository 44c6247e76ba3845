// Tables owned by the mentors subgraph, all in the `mentors` Postgres schema.
import { sql } from 'drizzle-orm';
import { PAUSE_REASONS, STATES } from './states.js';
import {
  pgSchema,
  text,
  timestamp,
  boolean,
  date,
  serial,
  index,
  uniqueIndex,
  check,
  foreignKey,
} from 'drizzle-orm/pg-core';

/** The Postgres schema that only the mentors subgraph reads and writes. */
export const mentorsSchema = pgSchema('mentors');

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Sequence behind pause record ids (`pause-rec-0001`). */
export const pauseRecordSeq = mentorsSchema.sequence('pause_record_seq', { startWith: 1000 });

/** A peer mentor's profile. */
export const mentors = mentorsSchema.table(
  'mentors',
  {
    id: text('id').primaryKey(),
    fullName: text('full_name').notNull(),
    email: text('email').notNull(),
    orgId: text('org_id').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mentors_email_uq').on(t.email),
    index('mentors_org_idx').on(t.orgId, t.id),
    check('mentors_id_len', sql`char_length(${t.id}) between 1 and 64`),
  ],
);

/** One status record per mentor; `is_paused` is derived from `status`. */
export const mentorStatuses = mentorsSchema.table(
  'mentor_statuses',
  {
    mentorId: text('mentor_id')
      .primaryKey()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    status: text('status', { enum: STATES }).notNull(),
    lastUpdated: ts('last_updated').notNull().defaultNow(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('mentor_statuses_status_idx').on(t.status, t.mentorId),
    check('mentor_statuses_status_ck', sql`${t.status} in ('active', 'paused', 'inactive')`),
  ],
);

/** Append-only history of status changes (who, when, from → to, notes). */
export const mentorStatusHistory = mentorsSchema.table(
  'mentor_status_history',
  {
    id: serial('id').primaryKey(),
    mentorId: text('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    changedAt: ts('changed_at').notNull().defaultNow(),
    fromStatus: text('from_status', { enum: STATES }),
    toStatus: text('to_status', { enum: STATES }).notNull(),
    initiatedBy: text('initiated_by'),
    notes: text('notes'),
  },
  (t) => [index('mentor_status_history_mentor_idx').on(t.mentorId, t.changedAt)],
);

/**
 * Pause records; at most one active per mentor (partial unique index). Deferred constraint triggers (migration
 * 0004_pause_invariant) check at commit that a mentor is paused ⇔ it has exactly one active pause record.
 */
export const pauseRecords = mentorsSchema.table(
  'pause_records',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'pause-rec-' || lpad(nextval('mentors.pause_record_seq')::text, 4, '0')`),
    mentorId: text('mentor_id').notNull(),
    startDate: ts('start_date').notNull(),
    expectedReturnDate: ts('expected_return_date'),
    endDate: ts('end_date'),
    isActive: boolean('is_active').notNull().default(true),
    reason: text('reason', { enum: PAUSE_REASONS }).notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    /** The verified caller (token subject) who created / last changed the record; null with authentication off. */
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
  },
  (t) => [
    foreignKey({ columns: [t.mentorId], foreignColumns: [mentors.id], name: 'pause_records_mentor_fk' }).onDelete(
      'cascade',
    ),
    uniqueIndex('pause_records_one_active_uq')
      .on(t.mentorId)
      .where(sql`${t.isActive}`),
    index('pause_records_mentor_idx').on(t.mentorId, t.startDate),
    index('pause_records_active_idx').on(t.isActive, t.id),
    check(
      'pause_records_reason_ck',
      sql`${t.reason} in ('certification_expiry', 'personal_leave', 'health', 'relocation', 'other')`,
    ),
    check('pause_records_return_ck', sql`${t.expectedReturnDate} is null or ${t.expectedReturnDate} >= ${t.startDate}`),
    check('pause_records_end_ck', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    check('pause_records_active_end_ck', sql`${t.isActive} = (${t.endDate} is null)`),
  ],
);

/** Certifications; the detail view shows the latest expiry. */
export const certifications = mentorsSchema.table(
  'certifications',
  {
    id: text('id').primaryKey(),
    mentorId: text('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    issuedDate: date('issued_date', { mode: 'string' }).notNull(),
    expiryDate: date('expiry_date', { mode: 'string' }).notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('certifications_mentor_idx').on(t.mentorId, t.expiryDate),
    check('certifications_dates_ck', sql`${t.expiryDate} >= ${t.issuedDate}`),
  ],
);

/** Mentor ↔ contact assignments, open or closed. */
export const assignments = mentorsSchema.table(
  'assignments',
  {
    id: text('id').primaryKey(),
    mentorId: text('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    contactName: text('contact_name').notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('assignments_mentor_status_idx').on(t.mentorId, t.status),
    check('assignments_status_ck', sql`${t.status} in ('open', 'closed')`),
    check('assignments_closed_ck', sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
  ],
);

export type MentorRow = typeof mentors.$inferSelect;
export type MentorStatusRow = typeof mentorStatuses.$inferSelect;
export type PauseRecordRow = typeof pauseRecords.$inferSelect;
export type CertificationRow = typeof certifications.$inferSelect;
export type AssignmentRow = typeof assignments.$inferSelect;
export type StatusHistoryRow = typeof mentorStatusHistory.$inferSelect;
