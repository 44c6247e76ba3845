// Cross-subgraph calls: named, typed documents one subgraph sends to another (`_entities` on the owning subgraph),
// and the executor that runs them in this process against the owner's schema.
import { execute, getOperationAST, Kind, parse, print, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { LRUCache } from 'lru-cache';
import type { Pools } from './db.js';
import type { SubgraphName } from './config.js';
import type { CallSubgraph, SubgraphCall, SubgraphDeps, SubgraphModule } from './subgraph.js';
import type { Access, Caller } from './caller.js';

/** Declares a call of `document` (exactly one named operation) on the subgraph `owner`. */
export function subgraphCall<TData, TVariables>(
  owner: SubgraphName,
  document: TypedDocumentNode<TData, TVariables>,
): SubgraphCall<TData, TVariables> {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const name = getOperationAST(document)?.name?.value;
  if (operations.length !== 1 || !name) {
    throw new Error(
      `a subgraph call must hold one named operation, got ${operations.length} (name: ${name ?? 'none'})`,
    );
  }
  return { owner, name, document };
}

/** What a subgraph answers to a document. */
export interface SubgraphAnswer {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string }[];
}

/**
 * How a call travels besides its text: its parsed form (in-process), operation name, the request id to forward, and
 * who is asking: the caller's access (in-process) or the caller itself (signed again for a subgraph over HTTP).
 */
export interface ExecuteOptions {
  document?: DocumentNode;
  operationName?: string;
  requestId?: string;
  access?: Access;
  caller?: Caller;
}

/** Who a call is made for: the request id, access and caller of the request that makes it. */
export type CallOrigin = Pick<SubgraphDeps, 'requestId' | 'access' | 'caller'>;

/**
 * Runs a document against a subgraph: in this process (`inProcessExecutor`) or over HTTP (`remoteExecutor`).
 * `query` is the document's text; an executor that can use `options.document` need not parse it.
 */
export type SubgraphExecutor = (
  subgraph: string,
  query: string,
  variables: Record<string, unknown>,
  options?: ExecuteOptions,
) => Promise<SubgraphAnswer>;

/** The text of each call document, printed once (what the HTTP transport sends). */
const printed = new WeakMap<DocumentNode, string>();

function sourceOf(document: DocumentNode): string {
  let source = printed.get(document);
  if (source === undefined) {
    source = print(document);
    printed.set(document, source);
  }
  return source;
}

/**
 * Builds the `call` service a subgraph context gets: every call goes through `execute` for the same caller (the
 * owner applies its own rules to them, so a call shows nothing the caller may not see), tagged with the request id.
 */
export function callSubgraph(execute: SubgraphExecutor, origin: CallOrigin): CallSubgraph {
  const { requestId, access, caller } = origin;
  return async <TData, TVariables>(call: SubgraphCall<TData, TVariables>, variables: TVariables) => {
    const answer = await execute(call.owner, sourceOf(call.document), variables as Record<string, unknown>, {
      document: call.document,
      operationName: call.name,
      requestId,
      access,
      caller,
    });
    if (answer.errors?.length) {
      throw new Error(`call ${call.name} to the ${call.owner} subgraph failed: ${answer.errors[0].message}`);
    }
    if (!answer.data) throw new Error(`call ${call.name} to the ${call.owner} subgraph answered no data`);
    // The shape is TData: the document is validated against the owner's schema (here, and in test/calls.test.ts).
    return answer.data as TData;
  };
}

/** The federation services and the caller a subgraph context gets, from one executor and the request's origin. */
export function federationDeps(
  execute: SubgraphExecutor,
  origin: CallOrigin,
): Pick<SubgraphDeps, 'call' | 'requestId' | 'access' | 'caller'> {
  return { call: callSubgraph(execute, origin), ...origin };
}

/** The `_entities` representations of entities of one type, one per distinct id. */
export function representations(typename: string, ids: readonly string[]): { __typename: string; id: string }[] {
  return [...new Set(ids)].map((id) => ({ __typename: typename, id }));
}

/** An `_entities` item that is an entity of the asked type (not null, not another type's empty object). */
type Found<T> = Extract<NonNullable<T>, { id: string }>;

/** The entities of an `_entities` answer by id; unknown ids (null items) are left out. */
export function entitiesById<T>(entities: readonly T[]): Map<string, Found<T>> {
  const found = new Map<string, Found<T>>();
  for (const e of entities) {
    const id = (e as { id?: unknown } | null)?.id;
    if (typeof id === 'string') found.set(id, e as Found<T>);
  }
  return found;
}

/** Parsed texts of documents that arrive as text only (bounded: a caller sending ever new texts cannot grow it). */
const parsedTexts = new LRUCache<string, DocumentNode>({ max: 1000 });
/** Validation errors per schema and document, computed once. */
const validations = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, readonly { message: string }[]>>();

function documentOf(query: string, given: DocumentNode | undefined): DocumentNode {
  if (given) return given;
  let document = parsedTexts.get(query);
  if (!document) {
    document = parse(query);
    parsedTexts.set(query, document);
  }
  return document;
}

function validationErrors(schema: GraphQLSchema, document: DocumentNode): readonly { message: string }[] {
  let bySchema = validations.get(schema);
  if (!bySchema) validations.set(schema, (bySchema = new WeakMap()));
  let errors = bySchema.get(document);
  if (!errors) {
    errors = validate(schema, document);
    bySchema.set(document, errors);
  }
  return errors;
}

/**
 * An executor over the subgraphs of this process: each document is parsed at most once (a call's document never:
 * codegen ships it parsed) and validated once per schema, then executed against the owner's schema with a fresh
 * context whose own calls go through this executor too.
 */
export function inProcessExecutor(modules: Readonly<Record<string, SubgraphModule>>, pools: Pools): SubgraphExecutor {
  const { db, transaction } = pools;
  const exec: SubgraphExecutor = async (name, query, variables, options = {}) => {
    const mod = modules[name];
    if (!mod)
      throw new Error(`no subgraph '${name}' in this process, expected one of ${Object.keys(modules).join(', ')}`);
    const document = documentOf(query, options.document);
    const invalid = validationErrors(mod.schema, document);
    if (invalid.length) return { errors: invalid };
    // no access given: nothing is visible (a call always carries its caller's access; see callSubgraph)
    const origin: CallOrigin = {
      requestId: options.requestId,
      access: options.access ?? { kind: 'none' },
      ...(options.caller ? { caller: options.caller } : {}),
    };
    const result = await execute({
      schema: mod.schema,
      document,
      variableValues: variables,
      operationName: options.operationName,
      contextValue: mod.createContext({ db, transaction, ...federationDeps(exec, origin) }),
    });
    return { data: result.data ?? null, errors: result.errors };
  };
  return exec;
}
