// Per-request DataLoaders of the milestones subgraph: one statement per batch.
import type { Db } from '../../lib/db.js';
import { listLoader } from '../../lib/loader.js';
import * as store from './store.js';

/** Builds the milestones loaders for one request. */
export function createLoaders(db: Db) {
  return {
    byMentor: listLoader(
      (ids: readonly string[]) => store.milestonesByMentorIds(db, ids),
      (r) => r.mentorId,
    ),
  };
}

/** The loaders every milestones request carries. */
export type Loaders = ReturnType<typeof createLoaders>;
