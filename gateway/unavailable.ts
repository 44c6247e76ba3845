// A subgraph fetch that failed as a whole answers one error per field it was asked for, each on that field's path.
import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { subgraphUnavailable } from './remote-source.js';

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;
type Path = (string | number)[];
type UnavailableError = ReturnType<typeof subgraphUnavailable> & { path: Path };

/** Response names of the fields `set` asks for on an object of `typename` (through fragments), `__typename` aside. */
function fieldNames(
  set: SelectionSetNode,
  fragments: Fragments,
  typename: string | undefined,
  out = new Set<string>(),
) {
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (s.name.value !== '__typename') out.add(s.alias?.value ?? s.name.value);
      continue;
    }
    const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments.get(s.name.value);
    const on = fragment?.typeCondition?.name.value;
    if (fragment && (!on || !typename || on === typename)) fieldNames(fragment.selectionSet, fragments, typename, out);
  }
  return out;
}

/**
 * The paths, in the subgraph's own answer, of the fields a fetch asked for: `[field]` for a root fetch and
 * `['_entities', i, field]` for each representation of an entity fetch. The gateway turns them into paths of the
 * client's answer (the entity fetch's `_entities` index into the entity's place) and adds `serviceName`.
 */
function requestedPaths(document: DocumentNode, variables: Record<string, unknown> | undefined): Path[] {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return [];
  const fragments = new Map(
    document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const paths: Path[] = [];
  for (const s of operation.selectionSet.selections) {
    if (s.kind === Kind.FIELD && s.name.value === '_entities' && s.selectionSet) {
      const representations = Array.isArray(variables?.representations) ? variables.representations : [];
      representations.forEach((r: { __typename?: unknown } | null, i) => {
        const typename = typeof r?.__typename === 'string' ? r.__typename : undefined;
        for (const f of fieldNames(s.selectionSet!, fragments, typename)) paths.push(['_entities', i, f]);
      });
    } else {
      for (const f of fieldNames({ kind: Kind.SELECTION_SET, selections: [s] }, fragments, undefined)) paths.push([f]);
    }
  }
  return paths;
}

/** The errors of a fetch of `name` that got no answer: one per requested field, on its path. */
function unavailableErrors(name: string, options: GraphQLDataSourceProcessOptions, message?: string) {
  const base = subgraphUnavailable(name);
  const document = ('document' in options && options.document) || parse(options.request.query ?? '');
  const paths = requestedPaths(document, options.request.variables);
  if (!paths.length) return [base];
  return paths.map((path): UnavailableError => ({ ...base, message: message ?? base.message, path }));
}

/** True when the answer is only SERVICE_UNAVAILABLE errors without a path and no data: the fetch failed whole. */
function failedWhole(res: GatewayGraphQLResponse): boolean {
  return (
    res.data == null &&
    !!res.errors?.length &&
    res.errors.every((e) => !e.path && e.extensions?.code === 'SERVICE_UNAVAILABLE')
  );
}

/**
 * Guards a subgraph's data source: a fetch that throws, or answers only a path-less SERVICE_UNAVAILABLE (refused,
 * timed out, non-2xx), answers SERVICE_UNAVAILABLE on the path of each field it was asked for, so the client's answer
 * keeps the other subgraphs' fields and says which ones are missing (issue 16 item 4).
 */
export function guardSource(
  name: string,
  source: GraphQLDataSource,
  logError: (err: unknown, message: string) => void = () => {},
): GraphQLDataSource {
  return {
    async process(options) {
      let res: GatewayGraphQLResponse;
      try {
        res = await source.process(options);
      } catch (err) {
        logError(err, `subgraph ${name} fetch failed`);
        return { errors: unavailableErrors(name, options) };
      }
      return failedWhole(res) ? { errors: unavailableErrors(name, options, res.errors![0].message) } : res;
    },
  };
}
