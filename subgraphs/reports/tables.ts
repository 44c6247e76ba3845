// Tables owned by the reports subgraph, all in the `reports` Postgres schema.
import { sql } from 'drizzle-orm';
import { pgSchema, text, timestamp, json, index, check } from 'drizzle-orm/pg-core';

/** The Postgres schema that only the reports subgraph reads and writes. */
export const reportsSchema = pgSchema('reports');

/** A value an organisation may store in a report field. */
export type ReportFieldValue = string | number | boolean;

/** Post-session reports: a draft until submitted. */
export const reports = reportsSchema.table(
  'reports',
  {
    reportId: text('report_id').primaryKey(),
    activityId: text('activity_id').notNull(),
    peerMentorId: text('peer_mentor_id').notNull(),
    orgId: text('org_id').notNull(),
    status: text('status', { enum: ['draft', 'submitted'] })
      .notNull()
      .default('draft'),
    fields: json('fields').$type<Record<string, ReportFieldValue>>().notNull().default({}),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** The verified caller (token subject) who created / last changed the report; null with authentication off. */
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
  },
  (t) => [
    index('reports_activity_idx').on(t.activityId, t.createdAt),
    index('reports_mentor_idx').on(t.peerMentorId, t.createdAt),
    index('reports_org_idx').on(t.orgId, t.createdAt),
    index('reports_status_idx').on(t.status, t.createdAt),
    check('reports_status_ck', sql`${t.status} in ('draft', 'submitted')`),
    check('reports_submitted_ck', sql`(${t.status} = 'submitted') = (${t.submittedAt} is not null)`),
    check('reports_fields_object_ck', sql`json_typeof(${t.fields}) = 'object'`),
    check('reports_id_ck', sql`${t.reportId} ~ '^rpt_[0-9a-f]{8}$'`),
    check('reports_submitted_date_ck', sql`${t.status} = 'draft' or (${t.fields} ->> 'session_date') is not null`),
    check('reports_updated_ck', sql`${t.updatedAt} >= ${t.createdAt}`),
  ],
);

export type ReportRow = typeof reports.$inferSelect;
