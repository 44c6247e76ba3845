// What the host (gateway process or a standalone subgraph server) needs from a subgraph module.
import type { GraphQLSchema } from 'graphql';
import type { Pools } from './db.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { SubgraphName } from './config.js';
import type { Access, Caller } from './caller.js';

/** Services the host hands to every subgraph's context factory: the database pools, and the federation. */
export interface SubgraphDeps extends Pools {
  /** Runs a cross-subgraph call (a typed `_entities` document in `subgraphs/<caller>/calls/`) on its owner. */
  call: CallSubgraph;
  /** The gateway request's x-request-id (in-process; standalone subgraphs see it as their own request id). */
  requestId?: string;
  /** What the caller may see and change (lib/caller.ts); every resolver of the subgraph applies it to its own data. */
  access: Access;
  /** The verified caller, forwarded with the subgraph's own calls to others; absent with authentication off. */
  caller?: Caller;
}

/** A subgraph as the host sees it: its name, executable schema and per-request context factory. */
export interface SubgraphModule<TContext = unknown> {
  name: SubgraphName;
  typeDefs: string;
  schema: GraphQLSchema;
  createContext(deps: SubgraphDeps): TContext;
}

/** A cross-subgraph call: one named operation (typed by codegen) and the subgraph that answers it. */
export interface SubgraphCall<TData, TVariables> {
  owner: SubgraphName;
  /** The operation's name: it travels with the request, so the owner's logs and errors say which call it was. */
  name: string;
  document: TypedDocumentNode<TData, TVariables>;
}

/** Runs a call and resolves with its typed data; an error of the owner (or no data) rejects. */
export type CallSubgraph = <TData, TVariables>(
  call: SubgraphCall<TData, TVariables>,
  variables: TVariables,
) => Promise<TData>;
