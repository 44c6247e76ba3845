// graphql-codegen (`npm run codegen`): resolver types for each subgraph, generated from its SDL; typed documents
// for the cross-subgraph calls each subgraph makes, generated over the owning subgraph's federation schema; and the
// typed documents of the REST layer (gateway/rest/gql/), checked against the API schema that clients of the gateway see.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse, printSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { internalEnumValues } from './lib/enum-values.js';

const plugins = ['typescript', 'typescript-resolvers'];
const common = { federation: true, useTypeImports: true, useIndexSignature: false, enumsAsTypes: true };

/** Mappers tie GraphQL types to the row shapes the resolvers really return. */
const mappers: Record<string, Record<string, string>> = {
  mentors: {
    Mentor: './tables.js#MentorRow',
    MentorStatus: './views.js#MentorStatusView',
    Certification: './tables.js#CertificationRow',
    Assignment: './tables.js#AssignmentRow',
    PauseRecord: './tables.js#PauseRecordRow',
    StatusHistoryEntry: './tables.js#StatusHistoryRow',
  },
  stats: {
    Activity: './tables.js#ActivityRow',
    ActivityType: './tables.js#ActivityTypeRow',
    Mentor: './views.js#MentorRef',
    PersonalStats: './views.js#PersonalStatsView',
    ActivityBreakdownEntry: './views.js#BreakdownEntryView',
  },
  milestones: { Milestone: './views.js#MilestoneView', Mentor: './views.js#MentorRef' },
  reports: { Report: './tables.js#ReportRow', Mentor: './views.js#MentorRef', Activity: './views.js#ActivityRef' },
};

/** Dates and timestamps reach resolvers, and leave them, as the strings lib/scalars.ts prints and parses. */
const scalars = { DateTime: 'string', Date: 'string' };

const generates: CodegenConfig['generates'] = {};
for (const [name, map] of Object.entries(mappers)) {
  const schema = `subgraphs/${name}/schema.graphql`;
  // resolvers see an enum value by THE rule (lib/enum-values.ts), so their types say so: `'achieved' | 'in_progress'`
  const enumValues = internalEnumValues(parse(readFileSync(schema, 'utf8')));
  generates[`subgraphs/${name}/generated.ts`] = {
    schema,
    plugins,
    config: {
      ...common,
      contextType: './context.js#Context',
      // an enum maps to its own (lower-case) type: without this, typescript-resolvers types its results as `null`
      mappers: { ...map, ...Object.fromEntries(Object.keys(enumValues).map((e) => [e, e])) },
      scalars,
      enumValues,
    },
  };
}

/**
 * The schema a subgraph really serves (buildSubgraphSchema: its SDL plus `_entities`, `_Entity`, `_Any`, `_service`),
 * printed, so a call's `_entities` query is typed against the same schema it is validated and executed against.
 */
function servedSchema(owner: string): string {
  const sdl = readFileSync(`subgraphs/${owner}/schema.graphql`, 'utf8');
  return printSchema(buildSubgraphSchema([{ typeDefs: parse(sdl) }]));
}

/** Calls: `subgraphs/<caller>/calls/<owner>/*.graphql` → `calls/<owner>/generated.ts` (result and variable types). */
const callConfig = {
  useTypeImports: true,
  enumsAsTypes: true,
  onlyOperationTypes: true,
  skipTypename: true,
  avoidOptionals: { field: true },
  scalars: { ...scalars, _Any: '{ __typename: string; id: string }' },
};
for (const caller of Object.keys(mappers)) {
  const dir = `subgraphs/${caller}/calls`;
  if (!existsSync(dir)) continue;
  for (const owner of readdirSync(dir).filter((d) => d in mappers)) {
    generates[`${dir}/${owner}/generated.ts`] = {
      schema: servedSchema(owner),
      documents: `${dir}/${owner}/*.graphql`,
      plugins: ['typescript-operations', 'typed-document-node'],
      config: callConfig,
    };
  }
}

/**
 * The REST layer's operations: every `graphql(`…`)` document under gateway/rest (and the detail view's query) is
 * validated against schema/api.graphql (`npm run compose`) and typed: `TypedDocumentNode<Data, Variables>`.
 */
generates['gateway/rest/gql/'] = {
  schema: 'schema/api.graphql',
  documents: ['gateway/rest/**/*.ts', 'gateway/detail-query.ts', '!gateway/rest/gql/**'],
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    useTypeImports: true,
    importExtension: '.js',
    enumType: 'string-literal',
    strictScalars: true,
    defaultScalarType: 'unknown',
    scalars: { ...scalars, JSONObject: 'Record<string, unknown>' },
  },
};

const config: CodegenConfig = { overwrite: true, generates, hooks: {} };
export default config;
