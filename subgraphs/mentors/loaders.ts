// Per-request DataLoaders of the mentors subgraph: one statement per batch.
import type { Db } from '../../lib/db.js';
import { listLoader, rowLoader } from '../../lib/loader.js';
import * as store from './store.js';
import { detailVersions } from './version-store.js';
import { historyByMentorIds, pauseRecordsByIds, pauseRecordsByMentorIds } from './pause-store.js';

/** Builds the mentors loaders for one request. */
export function createLoaders(db: Db) {
  return {
    mentor: rowLoader(
      (ids: readonly string[]) => store.mentorsByIds(db, ids),
      (r) => r.id,
    ),
    /** The mentor with its status and latest certification, one statement (root queries prime the two loaders). */
    mentorDetail: rowLoader(
      (ids: readonly string[]) => store.mentorDetailsByIds(db, ids),
      (r) => r.mentor.id,
    ),
    status: rowLoader(
      (ids: readonly string[]) => store.statusesByMentorIds(db, ids),
      (r) => r.mentorId,
    ),
    certification: rowLoader(
      (ids: readonly string[]) => store.latestCertifications(db, ids),
      (r) => r.mentorId,
    ),
    openAssignments: listLoader(
      (ids: readonly string[]) => store.openAssignments(db, ids),
      (r) => r.mentorId,
    ),
    pauseRecord: rowLoader(
      (ids: readonly string[]) => pauseRecordsByIds(db, ids),
      (r) => r.id,
    ),
    pauseRecordsOfMentor: listLoader(
      (ids: readonly string[]) => pauseRecordsByMentorIds(db, ids),
      (r) => r.mentorId,
    ),
    history: listLoader(
      (ids: readonly string[]) => historyByMentorIds(db, ids),
      (r) => r.mentorId,
    ),
    detailVersion: rowLoader(
      (ids: readonly string[]) => detailVersions(db, ids),
      (r) => r.mentorId,
    ),
  };
}

/** The loaders every mentors request carries. */
export type Loaders = ReturnType<typeof createLoaders>;
