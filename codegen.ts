// graphql-codegen (`npm run codegen`): resolver types for each subgraph, generated from its SDL, and the typed
// documents of the REST layer (gateway/rest/gql/), checked against the API schema that clients of the gateway see.
import type { CodegenConfig } from '@graphql-codegen/cli';

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
  },
  milestones: { Milestone: './views.js#MilestoneView', Mentor: './views.js#MentorRef' },
  reports: { Report: './tables.js#ReportRow', Mentor: './views.js#MentorRef', Activity: './views.js#ActivityRef' },
};

const generates: CodegenConfig['generates'] = {};
for (const [name, map] of Object.entries(mappers)) {
  generates[`subgraphs/${name}/generated.ts`] = {
    schema: `subgraphs/${name}/schema.graphql`,
    plugins,
    config: { ...common, contextType: './context.js#Context', mappers: map },
  };
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
    scalars: { JSONObject: 'Record<string, unknown>' },
  },
};

const config: CodegenConfig = { overwrite: true, generates, hooks: {} };
export default config;
