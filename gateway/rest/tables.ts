// The REST layer's one table of its own: detail-view snapshots, in the `rest` Postgres schema.
import { pgSchema, text, timestamp, jsonb, integer, date } from 'drizzle-orm/pg-core';

/** The Postgres schema that only the REST compatibility layer uses. */
export const restSchema = pgSchema('rest');

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * The last loaded detail view of a mentor (BLoC `loaded` state), shared by every gateway process.
 * A snapshot is current while `body` is set, `as_of` is today (UTC) and the mentor's `detailVersion`
 * (mentors subgraph) and `activityVersion` (stats subgraph) still equal the recorded ones.
 * `generation` counts invalidations (Refresh, Clear): a load writes only if it has not changed since it began.
 */
export const detailSnapshots = restSchema.table('detail_snapshots', {
  mentorId: text('mentor_id').primaryKey(),
  /** The `loaded` state without `loaded_at`; null when cleared or being refreshed. */
  body: jsonb('body').$type<Record<string, unknown>>(),
  loadedAt: ts('loaded_at'),
  /** When the last LoadMentorDetail event was dispatched. */
  dispatchedAt: ts('dispatched_at'),
  /** When the last RefreshMentorDetail event was dispatched. */
  refreshDispatchedAt: ts('refresh_dispatched_at'),
  detailVersion: text('detail_version'),
  activityVersion: text('activity_version'),
  /** The UTC date the body was computed for (days until expiry and "this month" depend on it). */
  asOf: date('as_of', { mode: 'string' }),
  generation: integer('generation').notNull().default(0),
});

export type DetailSnapshotRow = typeof detailSnapshots.$inferSelect;
