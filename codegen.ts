// graphql-codegen: resolver types for each subgraph, generated from its SDL (`npm run codegen`).
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

const config: CodegenConfig = { overwrite: true, generates, hooks: {} };
export default config;
