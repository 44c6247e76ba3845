// Per-request DataLoaders of the milestones subgraph: one statement per batch. With authentication on, a mentor's
// milestones exist only for callers who may see the mentor (lib/gate.ts); milestones have no organisation of their
// own, so a coordinator's visibility asks the mentors subgraph for the mentors' organisations (one batched call).
import type { Access } from '../../lib/caller.js';
import type { Db } from '../../lib/db.js';
import { gateLists } from '../../lib/gate.js';
import { listLoader } from '../../lib/loader.js';
import { mentorVisibility } from '../../lib/mentor-visibility.js';
import type { SubgraphDeps } from '../../lib/subgraph.js';
import { mentorOrgs } from './calls/index.js';
import * as store from './store.js';

/** Builds the milestones loaders for one request, answering what `access` may see. */
export function createLoaders(db: Db, access: Access, call: SubgraphDeps['call']) {
  const visible = mentorVisibility(access, (ids) => mentorOrgs({ call }, ids));
  const byMentor = listLoader(
    (ids: readonly string[]) => store.milestonesByMentorIds(db, ids),
    (r) => r.mentorId,
  );
  return {
    /** Whether the caller may see mentor `id`'s milestones. */
    visible,
    byMentor: gateLists(access, byMentor, (id: string) => visible.load(id)),
  };
}

/** The loaders every milestones request carries. */
export type Loaders = ReturnType<typeof createLoaders>;
