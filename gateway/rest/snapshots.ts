// Storage of the detail-view snapshots (rest.detail_snapshots): one statement per operation.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import { prepared } from '../../lib/prepared.js';
import { detailSnapshots, type DetailSnapshotRow } from './tables.js';

/** The versions a snapshot was built from, read from the mentors and stats subgraphs. */
export interface DetailVersions {
  detailVersion: string;
  activityVersion: string;
}

/** A loaded detail view ready to keep: GraphQL data, when, from which versions, for which UTC date. */
export interface SnapshotWrite extends DetailVersions {
  mentorId: string;
  body: Record<string, unknown>;
  loadedAt: Date;
  asOf: string;
}

/** The mentor's snapshot row, or null (prepared statement: read on every BLoC GET). */
export async function readSnapshot(db: Db, mentorId: string): Promise<DetailSnapshotRow | null> {
  const [row] = await prepared(db, 'read_snapshot', (d) =>
    d
      .select()
      .from(detailSnapshots)
      .where(eq(detailSnapshots.mentorId, sql.placeholder('id'))),
  ).execute({ id: mentorId });
  return row ?? null;
}

/** True when the row holds a view built today from exactly these versions. */
export function isCurrent(
  row: DetailSnapshotRow | null,
  v: DetailVersions,
  today: string,
): row is DetailSnapshotRow & { loadedAt: Date } {
  return (
    !!row?.body &&
    !!row.loadedAt &&
    row.asOf === today &&
    row.detailVersion === v.detailVersion &&
    row.activityVersion === v.activityVersion
  );
}

/**
 * Keeps a loaded view, unless the snapshot was invalidated (Refresh, Clear) after the load began:
 * `generation` is the value read before loading (0 when there was no row). Returns whether it was kept.
 */
export async function saveSnapshot(db: Db, s: SnapshotWrite, generation: number): Promise<boolean> {
  const values = {
    body: s.body,
    loadedAt: s.loadedAt,
    detailVersion: s.detailVersion,
    activityVersion: s.activityVersion,
    asOf: s.asOf,
  };
  const kept = await db
    .insert(detailSnapshots)
    .values({ mentorId: s.mentorId, generation, ...values })
    .onConflictDoUpdate({
      target: detailSnapshots.mentorId,
      set: values,
      where: eq(detailSnapshots.generation, generation),
    })
    .returning({ mentorId: detailSnapshots.mentorId });
  return kept.length > 0;
}

/** Records a LoadMentorDetail dispatch. */
export async function markDispatched(db: Db, mentorId: string, at: Date): Promise<void> {
  await db
    .insert(detailSnapshots)
    .values({ mentorId, dispatchedAt: at })
    .onConflictDoUpdate({ target: detailSnapshots.mentorId, set: { dispatchedAt: at } });
}

/**
 * Records a RefreshMentorDetail dispatch: the kept view stops being current at once (a GET loads afresh)
 * and loads begun earlier may no longer write. Returns the previous `loaded_at` and the new generation.
 */
export async function markRefreshing(
  db: Db,
  mentorId: string,
  at: Date,
): Promise<{ previousLoadedAt: Date | null; generation: number }> {
  const [row] = await db
    .insert(detailSnapshots)
    .values({ mentorId, refreshDispatchedAt: at, generation: 1 })
    .onConflictDoUpdate({
      target: detailSnapshots.mentorId,
      set: {
        body: null,
        detailVersion: null,
        activityVersion: null,
        refreshDispatchedAt: at,
        generation: sql`${detailSnapshots.generation} + 1`,
      },
    })
    .returning({ loadedAt: detailSnapshots.loadedAt, generation: detailSnapshots.generation });
  return { previousLoadedAt: row.loadedAt, generation: row.generation };
}

/** Clears the mentor's kept state; loads begun earlier may no longer write, the next GET loads afresh. */
export async function clearSnapshot(db: Db, mentorId: string): Promise<void> {
  const cleared = {
    body: null,
    loadedAt: null,
    dispatchedAt: null,
    refreshDispatchedAt: null,
    detailVersion: null,
    activityVersion: null,
    asOf: null,
  };
  await db
    .insert(detailSnapshots)
    .values({ mentorId, generation: 1 })
    .onConflictDoUpdate({
      target: detailSnapshots.mentorId,
      set: { ...cleared, generation: sql`${detailSnapshots.generation} + 1` },
    });
}
