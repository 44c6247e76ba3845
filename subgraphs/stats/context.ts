// Per-request context of the stats subgraph.
import type DataLoader from 'dataloader';
import type { SubgraphDeps } from '../../lib/subgraph.js';
import { mentorVisibility } from '../../lib/mentor-visibility.js';
import { createLoaders, type Loaders } from './loaders.js';
import { mentorOrgs } from './calls/index.js';

/** What every stats resolver receives. */
export interface Context extends SubgraphDeps {
  loaders: Loaders;
  /** Whether the caller may see a mentor's statistics (a coordinator's: one batched call to the mentors subgraph). */
  visible: DataLoader<string, boolean>;
  now: Date;
}

/** Builds a fresh context (and fresh DataLoaders) for one request. */
export function createContext(deps: SubgraphDeps): Context {
  const now = new Date();
  const visible = mentorVisibility(deps.access, (ids) => mentorOrgs(deps, ids));
  return { ...deps, loaders: createLoaders(deps.db, now, deps.access), visible, now };
}
