// Mutation resolvers of the reports subgraph; each answers its payload with the report's mentor (a reference the
// gateway completes from every subgraph after the write).
import type { MutationResolvers } from '../generated.js';
import { createReport, deleteReport, updateReport } from '../writes/report.js';

/** The report mutations. */
export const Mutation: MutationResolvers = {
  createReport: async (_p, { input }, ctx) => {
    const report = await createReport(ctx, input);
    return { report, mentor: { id: report.peerMentorId } };
  },
  updateReport: async (_p, { id, input }, ctx) => {
    const report = await updateReport(ctx, id, input);
    return { report, mentor: { id: report.peerMentorId } };
  },
  deleteReport: async (_p, { id }, ctx) => {
    const done = await deleteReport(ctx, id);
    return { deletedId: done.deletedId, mentor: { id: done.mentorId } };
  },
};
