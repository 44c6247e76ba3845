// The REST layer's one table of its own: detail-view snapshots, in the `rest` Postgres schema.
import { pgSchema, text, timestamp, jsonb, integer } from 'drizzle-orm/pg-core';

/** The Postgres schema that only the REST compatibility layer uses. */
export const restSchema = pgSchema('rest');

/** The last loaded detail view of a mentor (BLoC `loaded` state), shared by every gateway process. */
export const detailSnapshots = restSchema.table('detail_snapshots', {
  mentorId: text('mentor_id').primaryKey(),
  body: jsonb('body').$type<Record<string, unknown>>(),
  loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }),
  dispatchedAt: timestamp('dispatched_at', { withTimezone: true, mode: 'date' }),
  generation: integer('generation').notNull().default(0),
});

export type DetailSnapshotRow = typeof detailSnapshots.$inferSelect;
