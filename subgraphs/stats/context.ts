// Per-request context of the stats subgraph.
import type { SubgraphDeps } from '../../lib/subgraph.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every stats resolver receives. */
export interface Context extends SubgraphDeps {
  loaders: Loaders;
  now: Date;
}

/** Builds a fresh context (and fresh DataLoaders) for one request. */
export function createContext(deps: SubgraphDeps): Context {
  const now = new Date();
  return { ...deps, loaders: createLoaders(deps.db, now), now };
}
