// What the host (gateway process or a standalone subgraph server) needs from a subgraph module.
import type { GraphQLSchema } from 'graphql';
import type { Pools } from './db.js';

/** Asks the federation which of these entity ids exist (answered by the subgraph that owns the type). */
export type EntityLookup = (
  typename: 'Mentor' | 'Activity',
  ids: string[],
) => Promise<Map<string, Record<string, unknown>>>;

/**
 * Fetches fields of entities from a given subgraph through `_entities`, e.g.
 * `fetchEntities('stats', 'Mentor', ['mentor-001'], 'activityTotals(startDate: $s) { totalHours }',
 *   { definitions: '$s: String', values: { s: '2025-01-01' } })`.
 */
export type EntityFetch = (
  subgraph: string,
  typename: string,
  ids: string[],
  selection: string,
  args?: { definitions: string; values: Record<string, unknown> },
) => Promise<Map<string, Record<string, unknown>>>;

/** Services the host hands to every subgraph's context factory: the database pools, and the federation. */
export interface SubgraphDeps extends Pools {
  /** Existence checks through the federation (`_entities` on the owning subgraph). */
  entities: EntityLookup;
  /** Field fetches from another subgraph through the federation. */
  fetchEntities: EntityFetch;
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
