// Entity lookups through the federation: `_entities` on the subgraph that resolves the fields.
import type { EntityFetch, EntityLookup } from './subgraph.js';

/** The subgraph that owns each entity type, and the fields an existence lookup returns. */
export const entityOwners = {
  Mentor: { subgraph: 'mentors', fields: 'id orgId' },
  Activity: { subgraph: 'stats', fields: 'id mentorId orgId' },
} as const;

/** Runs a document against a subgraph and returns its data and errors. */
export type SubgraphExecutor = (
  subgraph: string,
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly { message: string }[] }>;

/** Builds an EntityFetch: one `_entities` query per call, entities keyed by id. */
export function entityFetch(execute: SubgraphExecutor): EntityFetch {
  return async (subgraph, typename, ids, selection, args) => {
    const unique = [...new Set(ids)];
    const found = new Map<string, Record<string, unknown>>();
    if (unique.length === 0) return found;
    const defs = args?.definitions ? `, ${args.definitions}` : '';
    const query = `query ($r: [_Any!]!${defs}) { _entities(representations: $r) { ... on ${typename} { id ${selection} } } }`;
    const result = await execute(subgraph, query, {
      ...(args?.values ?? {}),
      r: unique.map((id) => ({ __typename: typename, id })),
    });
    if (result.errors?.length)
      throw new Error(`entity fetch of ${typename} from ${subgraph} failed: ${result.errors[0].message}`);
    for (const e of (result.data?._entities ?? []) as (Record<string, unknown> | null)[]) {
      if (e && typeof e.id === 'string') found.set(e.id, e);
    }
    return found;
  };
}

/** Builds an EntityLookup (which ids exist) that asks the owning subgraph. */
export function entityLookup(execute: SubgraphExecutor): EntityLookup {
  const fetchEntities = entityFetch(execute);
  return (typename, ids) =>
    fetchEntities(entityOwners[typename].subgraph, typename, ids, entityOwners[typename].fields);
}

/** The federation services a subgraph context gets, from one executor. */
export function federationDeps(execute: SubgraphExecutor): { entities: EntityLookup; fetchEntities: EntityFetch } {
  return { entities: entityLookup(execute), fetchEntities: entityFetch(execute) };
}
