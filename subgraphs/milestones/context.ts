// Per-request context of the milestones subgraph.
import type { SubgraphDeps } from '../../lib/subgraph.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every milestones resolver receives. */
export interface Context extends SubgraphDeps {
  loaders: Loaders;
  now: Date;
}

/** Builds a fresh context (and fresh DataLoaders) for one request. */
export function createContext(deps: SubgraphDeps): Context {
  return { ...deps, loaders: createLoaders(deps.db, deps.access, deps.call), now: new Date() };
}
