// Scenario 8's schema: the four subgraphs' own resolvers and loaders in ONE executable schema (the composed API
// schema, schema/api.graphql), run by plain graphql-js with no gateway and no query planner: what the graph costs
// without federation. Each field runs the resolver of the subgraph that owns it, with that subgraph's context; an
// entity object made by one subgraph reaches another's fields through that subgraph's `__resolveReference`, as the
// gateway's entity fetch would bring it.
import { readFileSync } from 'node:fs';
import {
  defaultFieldResolver,
  isObjectType,
  Kind,
  parse,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { internalEnumValues } from '../lib/enum-values.js';
import { sharedScalars } from '../lib/scalars.js';
import type { SubgraphModule } from '../lib/subgraph.js';

/** The per-request context of the merged schema: each subgraph's own context, by subgraph name. */
export type MergedContext = Record<string, unknown>;

type ResolveReference = (ref: Record<string, unknown>, ctx: unknown, info: unknown) => unknown;

/** Which subgraph made each object (so its own fields take it as is, and other subgraphs' fields resolve it first). */
const origin = new WeakMap<object, string>();

/** Records `owner` as the maker of the objects in a resolver's result (an object, a list of objects, a promise). */
function tag(value: unknown, owner: string): unknown {
  if (value && typeof (value as Promise<unknown>).then === 'function')
    return (value as Promise<unknown>).then((v) => tag(v, owner));
  if (Array.isArray(value)) for (const v of value) tag(v, owner);
  else if (value && typeof value === 'object' && !origin.has(value)) origin.set(value, owner);
  return value;
}

/** The fields each subgraph's entity types name in `@requires` (sent along in the representation). */
function requiredFields(mod: SubgraphModule): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const def of parse(mod.typeDefs).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of def.fields ?? [])
      for (const d of field.directives ?? [])
        if (d.name.value === 'requires') {
          const arg = d.arguments?.find((a) => a.name.value === 'fields')?.value;
          if (arg?.kind === Kind.STRING)
            out.set(def.name.value, [...(out.get(def.name.value) ?? []), ...arg.value.split(/\s+/).filter(Boolean)]);
        }
  }
  return out;
}

/**
 * Builds the merged schema over `modules`. A field belongs to the first subgraph that declares it on that type
 * without `@external`; root fields have exactly one owner.
 */
export function unfederatedSchema(modules: Readonly<Record<string, SubgraphModule>>): GraphQLSchema {
  const apiDoc = parse(readFileSync(new URL('../schema/api.graphql', import.meta.url), 'utf8'));
  const resolvers: Record<string, unknown> = { ...internalEnumValues(apiDoc) };
  for (const def of apiDoc.definitions)
    if (def.kind === Kind.SCALAR_TYPE_DEFINITION && sharedScalars[def.name.value])
      resolvers[def.name.value] = sharedScalars[def.name.value];

  /** Per subgraph and type: the entity each object of another subgraph resolved to (one lookup for all fields). */
  const resolvedFor = new Map<string, WeakMap<object, unknown>>();
  const requires = Object.fromEntries(Object.entries(modules).map(([n, m]) => [n, requiredFields(m)]));
  for (const def of apiDoc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const typeName = def.name.value;
    const fieldMap: Record<string, GraphQLFieldResolver<unknown, MergedContext>> = {};
    for (const field of def.fields ?? []) {
      const owner = Object.entries(modules).find(([, m]) => {
        const type = m.schema.getType(typeName);
        if (!isObjectType(type)) return false;
        const f = type.getFields()[field.name.value];
        return !!f && !f.astNode?.directives?.some((d) => d.name.value === 'external');
      });
      if (!owner) throw new Error(`no subgraph owns ${typeName}.${field.name.value}`);
      const [name, mod] = owner;
      const ownType = mod.schema.getType(typeName);
      if (!isObjectType(ownType)) throw new Error(`${typeName} is not an object type in ${name}`);
      const resolve = ownType.getFields()[field.name.value].resolve ?? defaultFieldResolver;
      const reference = (ownType.extensions as { apollo?: { subgraph?: { resolveReference?: ResolveReference } } })
        .apollo?.subgraph?.resolveReference;
      const required = requires[name].get(typeName) ?? [];
      const isEntity = ownType.astNode?.directives?.some((d) => d.name.value === 'key') ?? false;
      const key = `${name}:${typeName}`;
      const local = resolvedFor.get(key) ?? new WeakMap<object, unknown>();
      resolvedFor.set(key, local);
      fieldMap[field.name.value] = (parent, args, ctx, info) => {
        const own = ctx[name];
        const run = (source: unknown) => (source === null ? null : tag(resolve(source, args, own, info), name));
        if (!isEntity || !parent || typeof parent !== 'object' || origin.get(parent) === name) return run(parent);
        // another subgraph's object: as the gateway would, hand this subgraph a representation of it
        let resolved = local.get(parent);
        if (resolved === undefined) {
          const p = parent as Record<string, unknown>;
          const rep = { __typename: typeName, id: p.id, ...Object.fromEntries(required.map((k) => [k, p[k]])) };
          resolved = reference ? Promise.resolve(reference(rep, own, info)).then((r) => tag(r, name)) : tag(rep, name);
          local.set(parent, resolved);
        }
        return Promise.resolve(resolved).then(run);
      };
    }
    resolvers[typeName] = fieldMap;
  }
  // every field of the API has its owner's resolver (a field left to graphql's default would hide a missed owner)
  const schema = buildSubgraphSchema([{ typeDefs: apiDoc, resolvers: resolvers as GraphQLResolverMap<unknown> }]);
  for (const type of Object.values(schema.getTypeMap()))
    if (isObjectType(type) && !type.name.startsWith('_') && !type.name.startsWith('__'))
      for (const f of Object.values(type.getFields()))
        if (!f.resolve && !f.name.startsWith('_')) throw new Error(`${type.name}.${f.name} has no resolver`);
  return schema;
}

/** The merged schema's context for one request: every subgraph's own context from the same services. */
export function unfederatedContext(
  modules: Readonly<Record<string, SubgraphModule>>,
  deps: Parameters<SubgraphModule['createContext']>[0],
): MergedContext {
  return Object.fromEntries(Object.entries(modules).map(([name, mod]) => [name, mod.createContext(deps)]));
}
