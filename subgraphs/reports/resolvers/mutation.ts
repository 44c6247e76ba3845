// Mutation resolvers of the reports subgraph: each write is a use-case in writes/.
import type { MutationResolvers } from '../generated.js';
import { createReport, deleteReport, updateReport } from '../writes/report.js';

/** The report mutations. */
export const Mutation: MutationResolvers = {
  createReport: (_p, { input }, ctx) => createReport(ctx, input),
  updateReport: (_p, { id, input }, ctx) => updateReport(ctx, id, input),
  deleteReport: (_p, { id }, ctx) => deleteReport(ctx, id),
};
