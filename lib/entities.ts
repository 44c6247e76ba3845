// Entity lookups through the federation: `_entities` on the subgraph that owns the type.
import type { EntityLookup } from './subgraph.js';

/** The subgraph that owns each entity type, and the fields a lookup returns. */
export const entityOwners = {
  Mentor: { subgraph: 'mentors', fields: 'id orgId' },
  Activity: { subgraph: 'stats', fields: 'id mentorId orgId' },
} as const;

/** Runs an `_entities` document against a subgraph and returns its data (or throws its first error). */
export type SubgraphExecutor = (
  subgraph: string, query: string, variables: Record<string, unknown>,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly { message: string }[] }>;

/** Builds an EntityLookup that asks the owning subgraph through `execute`. */
export function entityLookup(execute: SubgraphExecutor): EntityLookup {
  return async (typename, ids) => {
    const owner = entityOwners[typename];
    const unique = [...new Set(ids)];
    const found = new Map<string, Record<string, unknown>>();
    if (unique.length === 0) return found;
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${owner.fields} } } }`;
    const result = await execute(owner.subgraph, query, { r: unique.map((id) => ({ __typename: typename, id })) });
    if (result.errors?.length) throw new Error(`entity lookup of ${typename} failed: ${result.errors[0].message}`);
    for (const e of (result.data?._entities ?? []) as (Record<string, unknown> | null)[]) {
      if (e && typeof e.id === 'string') found.set(e.id, e);
    }
    return found;
  };
}
