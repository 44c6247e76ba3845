// Loading the detail view through the gateway and keeping it as the mentor's snapshot.
import { createHash } from 'node:crypto';
import { isoDate } from '../../lib/dates.js';
import type { Db } from '../../lib/db.js';
import type { RestContext } from './route.js';
import { isCurrent, readSnapshot, saveSnapshot, type DetailVersions } from './snapshots.js';
import {
  loadedState,
  MentorDetailDocument,
  MentorDetailVersionsDocument,
  type MentorDetailData,
} from './snapshots-view.js';
import { queryText } from './documents.js';
import { present } from './shared.js';

type Run = RestContext['run'];

/** Fingerprint of the detail query: a snapshot kept by an older query shape is never served. */
const FORMAT = createHash('sha1').update(queryText(MentorDetailDocument)).digest('hex').slice(0, 12);

/** The mentor's data versions now (mentors + stats subgraphs), or null when there is no such mentor. */
export async function currentVersions(run: Run, mentorId: string): Promise<DetailVersions | null> {
  const { mentor } = await run(MentorDetailVersionsDocument, { id: mentorId });
  if (!mentor) return null;
  return {
    detailVersion: mentor.detailVersion,
    activityVersion: present(mentor.activityVersion, 'the activity version'),
  };
}

/**
 * Runs the detail query and keeps the result, recorded with versions read BEFORE it: a write that lands
 * in between leaves the snapshot with older versions than the data, so it is reloaded, never served stale.
 */
async function loadAndKeep(run: Run, db: Db, mentorId: string, versions: DetailVersions, generation: number) {
  const loadedAt = new Date();
  const { mentor } = await run(MentorDetailDocument, { id: mentorId });
  if (!mentor) return null;
  const state = loadedState(mentor, loadedAt); // throws the 503 before a view with a part missing is kept
  await saveSnapshot(
    db,
    { mentorId, body: { format: FORMAT, mentor }, loadedAt, asOf: isoDate(loadedAt), ...versions },
    generation,
  );
  return state;
}

/** The `loaded` state: from the current snapshot when there is one, else loaded now and kept; null = unknown mentor. */
export async function currentOrLoad(run: Run, db: Db, mentorId: string) {
  const [row, versions] = await Promise.all([readSnapshot(db, mentorId), currentVersions(run, mentorId)]);
  if (!versions) return null;
  if (isCurrent(row, versions, isoDate(new Date())) && row.body?.format === FORMAT) {
    // kept by loadAndKeep under the same FORMAT: the detail query's own data
    return loadedState(row.body.mentor as MentorDetailData, row.loadedAt);
  }
  return loadAndKeep(run, db, mentorId, versions, row?.generation ?? 0);
}

/**
 * The mentor's last kept view, whatever its versions or date (the BLoC detail serves it, marked stale, when a
 * subgraph the detail needs is down); null when there is none or it was kept by an older query shape.
 */
export async function lastSnapshot(db: Db, mentorId: string) {
  const row = await readSnapshot(db, mentorId);
  if (!row?.body || !row.loadedAt || row.body.format !== FORMAT) return null;
  return loadedState(row.body.mentor as MentorDetailData, row.loadedAt);
}

/** A fresh load regardless of the snapshot, kept only if nothing invalidated it after `generation`. */
export async function freshLoad(run: Run, db: Db, mentorId: string, generation: number) {
  const versions = await currentVersions(run, mentorId);
  return versions ? loadAndKeep(run, db, mentorId, versions, generation) : null;
}
