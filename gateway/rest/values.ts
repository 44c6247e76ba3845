// The one place where GraphQL values meet the legacy REST values: enums are UPPER_CASE in the graph and lower case in
// the contracts (`IN_PROGRESS` ↔ `in_progress`). Every operation the REST layer runs passes through here both ways,
// directed by the API schema's types (schema/api.graphql): only enum-typed values change, nothing else is looked at.
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  isScalarType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { sharedScalars } from '../../lib/scalars.js';
import { HttpError } from '../http/errors.js';
import { shownValue } from '../../lib/errors.js';

/** A GraphQL value as REST reads it: every enum literal union in lower case (`'ACTIVE'` → `'active'`). */
export type RestValues<T> = T extends string
  ? string extends T
    ? T
    : Lowercase<T>
  : T extends readonly (infer E)[]
    ? RestValues<E>[]
    : T extends object
      ? { [K in keyof T]: K extends '__typename' ? T[K] : RestValues<T[K]> }
      : T;

/**
 * GraphQL variables as REST writes them: an enum is any string (graphqlVariables checks it against the enum: 422),
 * the rest as the graph types it.
 */
export type RestVariables<T> = T extends string
  ? string
  : T extends readonly (infer E)[]
    ? RestVariables<E>[]
    : T extends object
      ? { [K in keyof T]: RestVariables<T[K]> }
      : T;

let schema: GraphQLSchema | undefined;
/** The API schema the gateway serves (composed by `npm run compose`), read once. */
function apiSchema(): GraphQLSchema {
  schema ??= buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
  return schema;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The REST name of an input field: its last path segment in snake_case (`input.pauseReason` → `pause_reason`). */
const restName = (path: string) => (path.split('.').pop() ?? path).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Converts an input value of `type` at `path`: enum values upper-cased (an unknown one is a 422 naming the REST
 * field and the values it takes), a date-only value of a DateTime taken as UTC midnight (the contracts accept
 * `2026-03-26`), dates and timestamps checked by the graph's own scalars (400), lists and input objects walked.
 */
function inputValue(type: GraphQLInputType, value: unknown, path: string): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return inputValue(type.ofType, value, path);
  if (isListType(type))
    return Array.isArray(value)
      ? value.map((v: unknown) => inputValue(type.ofType, v, path))
      : inputValue(type.ofType, value, path);
  if (isEnumType(type)) {
    const name = typeof value === 'string' ? value.toUpperCase() : undefined;
    if (name !== undefined && type.getValue(name)) return name;
    const allowed = type.getValues().map((v) => v.name.toLowerCase());
    throw new HttpError(
      422,
      'UNPROCESSABLE',
      `${restName(path)} must be one of ${allowed.join(', ')}, got ${shownValue(value)}`,
    );
  }
  if (isScalarType(type) && sharedScalars[type.name]) {
    const v =
      type.name === 'DateTime' && typeof value === 'string' && dateOnly.test(value) ? `${value}T00:00:00Z` : value;
    try {
      sharedScalars[type.name].parseValue(v);
    } catch (e) {
      throw new HttpError(400, 'BAD_REQUEST', `${restName(path)}: ${(e as Error).message}`);
    }
    return v;
  }
  if (isInputObjectType(type) && isObject(value)) {
    const fields = type.getFields();
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) out[k] = fields[k] ? inputValue(fields[k].type, v, `${path}.${k}`) : v;
    return out;
  }
  return value;
}

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** The REST variables of `document` as the graph takes them; a REST value the graph cannot take is the REST error. */
export function graphqlVariables(document: DocumentNode, variables: Json): Json {
  const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const out: Json = { ...variables };
  for (const def of op?.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    const type = typeFromAST(apiSchema(), def.type) as GraphQLInputType | undefined;
    if (type && name in out) out[name] = inputValue(type, out[name], name);
  }
  return out;
}

/** Walks an answer along its selection: enum leaves lower-cased, objects and lists walked, the rest kept. */
function outputValue(
  type: GraphQLNamedType,
  set: SelectionSetNode | undefined,
  value: unknown,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => outputValue(type, set, v, fragments));
  if (isEnumType(type)) return typeof value === 'string' ? value.toLowerCase() : value;
  if (!set || !isObject(value)) return value;
  const out: Json = { ...value };
  convertSelections(type, set, value, out, fragments);
  return out;
}

/** Converts the fields `set` selects on an object of `type` from `value` into `out` (fragments followed). */
function convertSelections(
  type: GraphQLNamedType,
  set: SelectionSetNode,
  value: Json,
  out: Json,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): void {
  // on an abstract type, the concrete object type comes from __typename when selected; else fields of the interface
  const concrete =
    isAbstractType(type) && typeof value.__typename === 'string' ? apiSchema().getType(value.__typename) : type;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const key = sel.alias?.value ?? sel.name.value;
      const owner = concrete && (isObjectType(concrete) || isAbstractType(concrete)) ? concrete : undefined;
      const field = owner && 'getFields' in owner ? owner.getFields()[sel.name.value] : undefined;
      // read what is already converted: a field selected twice (directly and in a fragment) keeps both conversions
      if (field && key in out) out[key] = outputValue(getNamedType(field.type), sel.selectionSet, out[key], fragments);
      continue;
    }
    const frag = sel.kind === Kind.FRAGMENT_SPREAD ? fragments.get(sel.name.value) : sel;
    if (!frag) continue;
    const on = frag.typeCondition ? apiSchema().getType(frag.typeCondition.name.value) : concrete;
    if (on) convertSelections(on, frag.selectionSet, value, out, fragments);
  }
}

/** A GraphQL answer's `data` of `document` as REST prints it. */
export function restData(document: DocumentNode, data: Json): Json {
  const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = op && apiSchema().getRootType(op.operation);
  if (!op || !root) return data;
  const out: Json = { ...data };
  convertSelections(root, op.selectionSet, data, out, fragments);
  return out;
}

/** An enum value as a contract spells some of them: `wednesday` → `Wednesday`. */
export const capitalised = <S extends string>(value: S): Capitalize<S> =>
  (value.charAt(0).toUpperCase() + value.slice(1)) as Capitalize<S>;
