// Builds a subgraph module from its SDL, resolvers and context factory.
import { parse } from 'graphql';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import type { SubgraphDeps, SubgraphModule } from './subgraph.js';

/** Builds the executable Federation 2 schema and bundles it with the context factory. */
export function defineSubgraph<C>(
  name: SubgraphModule['name'],
  typeDefs: string,
  resolvers: object,
  createContext: (deps: SubgraphDeps) => C,
): SubgraphModule<C> {
  const schema = buildSubgraphSchema([
    { typeDefs: parse(typeDefs), resolvers: resolvers as GraphQLResolverMap<unknown> },
  ]);
  return { name, typeDefs, schema, createContext };
}
