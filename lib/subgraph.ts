// What the host (gateway process or a standalone subgraph server) needs from a subgraph module.
import type { GraphQLSchema } from 'graphql';
import type { Pools } from './db.js';
import type { CallSubgraph } from './entities.js';

/** Services the host hands to every subgraph's context factory: the database pools, and the federation. */
export interface SubgraphDeps extends Pools {
  /** Runs a cross-subgraph call (a typed `_entities` document in `subgraphs/<caller>/calls/`) on its owner. */
  call: CallSubgraph;
  /** The gateway request's x-request-id (in-process; standalone subgraphs see it as their own request id). */
  requestId?: string;
}

/** A subgraph as the host sees it: its name, executable schema and per-request context factory. */
export interface SubgraphModule<TContext = unknown> {
  name: 'mentors' | 'stats' | 'milestones' | 'reports';
  typeDefs: string;
  schema: GraphQLSchema;
  createContext(deps: SubgraphDeps): TContext;
}
