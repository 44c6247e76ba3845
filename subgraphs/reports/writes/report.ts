// The report writes: create (a draft, owners checked through the federation), update (merge + status machine), delete.
import { badRequest, conflict, notFound } from '../../../lib/errors.js';
import type { Context } from '../context.js';
import type { CreateReportInput, UpdateReportInput } from '../generated.js';
import type { ReportRow } from '../tables.js';
import { checkFieldValues, checkReportFields, mergeFields, sameFields } from '../fields.js';
import { checkOwners } from '../references.js';
import * as writeStore from '../write-store.js';
import { idArg } from '../input.js';

const asPatch = (fields: unknown) => (fields ?? {}) as Record<string, unknown>;

/** Creates a draft; the activity and mentor must exist and belong together (404/422 otherwise). */
export async function createReport(ctx: Context, input: CreateReportInput): Promise<ReportRow> {
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
  return writeStore.insertReport(ctx.db, { ...owners, fields }, ctx.now);
}

/** Merges `fields` and moves the status (draft → submitted only), on the locked row; a no-op writes nothing. */
export async function updateReport(ctx: Context, id: string, input: UpdateReportInput): Promise<ReportRow> {
  idArg('id', id);
  const wanted = input.status ?? null;
  const patch = asPatch(input.fields);
  if (input.fields == null && wanted === null) throw badRequest('an update needs fields or status, got neither');
  checkFieldValues(patch);
  const row = await writeStore.updateReport(ctx, id, (current) => {
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
  if (!row) throw notFound('report', id);
  return row;
}

/** Deletes any report, draft or submitted; 404 when it does not exist. */
export async function deleteReport(ctx: Context, id: string): Promise<{ deletedId: string; mentorId: string }> {
  idArg('id', id);
  const deleted = await writeStore.deleteReport(ctx.db, id);
  if (!deleted) throw notFound('report', id);
  return { deletedId: id, mentorId: deleted.mentorId };
}
