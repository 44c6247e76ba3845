// Mutation resolvers of the reports subgraph: create (draft), update (merge + status machine), delete.
import type { MutationResolvers } from '../generated.js';
import { badRequest, conflict, notFound } from '../../../lib/errors.js';
import { checkFieldValues, checkReportFields, mergeFields, sameFields } from '../fields.js';
import { checkOwners } from '../references.js';
import * as writes from '../mutations.js';
import { idArg, statusArg } from './args.js';

const asPatch = (fields: unknown) => (fields ?? {}) as Record<string, unknown>;

/** The report mutations. */
export const Mutation: MutationResolvers = {
  createReport: async (_p, { input }, ctx) => {
    const owners = {
      activityId: idArg('activityId', input.activityId),
      peerMentorId: idArg('peerMentorId', input.peerMentorId),
      orgId: idArg('orgId', input.orgId),
    };
    const patch = asPatch(input.fields);
    checkFieldValues(patch);
    const fields = mergeFields({}, patch);
    checkReportFields(fields, 'draft');
    await checkOwners(ctx, owners);
    return writes.insertReport(ctx.db, { ...owners, fields }, ctx.now);
  },

  updateReport: async (_p, { id, input }, ctx) => {
    idArg('id', id);
    const wanted = statusArg(input.status);
    const patch = asPatch(input.fields);
    if (input.fields == null && wanted === null) throw badRequest('an update needs fields or status, got neither');
    checkFieldValues(patch);
    const row = await writes.updateReport(ctx, id, (current) => {
      const status = wanted ?? current.status;
      if (current.status === 'submitted' && status === 'draft') {
        throw conflict(`report '${id}' is submitted; it cannot go back to draft`);
      }
      const fields = mergeFields(current.fields, patch);
      checkReportFields(fields, status);
      if (status === current.status && sameFields(fields, current.fields)) return null;
      const submittedAt = status === 'submitted' && current.status === 'draft' ? ctx.now : current.submittedAt;
      const updatedAt = ctx.now > current.updatedAt ? ctx.now : current.updatedAt;
      return { fields, status, submittedAt, updatedAt };
    });
    return row ?? Promise.reject(notFound('report', id));
  },

  deleteReport: async (_p, { id }, ctx) => {
    idArg('id', id);
    if (!(await writes.deleteReport(ctx.db, id))) throw notFound('report', id);
    return { deleted: true, reportId: id };
  },
};
