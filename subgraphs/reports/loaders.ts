// Per-request DataLoaders of the reports subgraph: one statement per batch.
import type { Db } from '../../lib/db.js';
import { listLoader, rowLoader } from '../../lib/loader.js';
import * as store from './store.js';

/** Builds the reports loaders for one request. */
export function createLoaders(db: Db) {
  return {
    report: rowLoader(
      (ids: readonly string[]) => store.reportsByIds(db, ids),
      (r) => r.reportId,
    ),
    byMentor: listLoader(
      (ids: readonly string[]) => store.reportsByMentorIds(db, ids),
      (r) => r.peerMentorId,
    ),
    byActivity: listLoader(
      (ids: readonly string[]) => store.reportsByActivityIds(db, ids),
      (r) => r.activityId,
    ),
  };
}

/** The loaders every reports request carries. */
export type Loaders = ReturnType<typeof createLoaders>;
