// The gateway's API schema is built from the supergraph SDL, where a custom scalar has no code and accepts anything:
// a bad `Date` would pass validation and fail later inside a subgraph. This gives the gateway's scalars the same
// parse and print functions the subgraphs use (lib/scalars.ts), so a bad value is a validation error (HTTP 400)
// naming the argument and what was expected, before any subgraph is asked.
import type { ApolloGateway } from '@apollo/gateway';
import { isScalarType, type GraphQLSchema } from 'graphql';
import { sharedScalars } from '../lib/scalars.js';

/** Copies the shared scalars' functions onto the schema's scalars of the same names (in place). */
export function applySharedScalars(schema: GraphQLSchema): void {
  for (const [name, impl] of Object.entries(sharedScalars)) {
    const type = schema.getType(name);
    if (!isScalarType(type)) continue;
    type.serialize = impl.serialize;
    type.parseValue = impl.parseValue;
    type.parseLiteral = impl.parseLiteral;
  }
}

/** Applies the shared scalars to every API schema the gateway loads, before Apollo Server validates against it. */
export function withSharedScalars(gateway: ApolloGateway): ApolloGateway {
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => applySharedScalars(apiSchema));
  return gateway;
}
