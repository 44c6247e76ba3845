// The report writes: create (a draft, owners checked through the federation), update (merge + status machine), delete.
import { badRequest, conflict, notFound } from '../../../lib/errors.js';
import type { Context } from '../context.js';
import type { CreateReportInput, UpdateReportInput } from '../generated.js';
import type { ReportRow } from '../tables.js';
import { checkFieldValues, checkReportFields, mergeFields, sameFields } from '../fields.js';
import { checkOwners } from '../references.js';
import * as writeStore from '../write-store.js';
import { idArg } from '../input.js';
import { actorOf, requireCoordinator } from '../../../lib/caller.js';
import { maySeeReport, requireReportCreate, requireSomeRole } from '../access.js';

const asPatch = (fields: unknown) => (fields ?? {}) as Record<string, unknown>;

/**
 * Creates a draft; the activity and mentor must exist and belong together (404/422 otherwise). A mentor creates only
 * their own reports, a coordinator only in their organisation (403 otherwise); the caller is recorded as its author.
 */
export async function createReport(ctx: Context, input: CreateReportInput): Promise<ReportRow> {
  const owners = {
    activityId: idArg('activityId', input.activityId),
    peerMentorId: idArg('peerMentorId', input.peerMentorId),
    orgId: idArg('orgId', input.orgId),
  };
  requireReportCreate(ctx.access, owners);
  const patch = asPatch(input.fields);
  checkFieldValues(patch);
  const fields = mergeFields({}, patch);
  checkReportFields(fields, 'draft');
  await checkOwners(ctx, owners);
  const actor = actorOf(ctx.access);
  return writeStore.insertReport(ctx.db, { ...owners, fields, createdBy: actor, updatedBy: actor }, ctx.now);
}

/**
 * Merges `fields` and moves the status (draft → submitted only), on the locked row; a no-op writes nothing. A report
 * the caller may not see does not exist (404); the caller is recorded as its last editor.
 */
export async function updateReport(ctx: Context, id: string, input: UpdateReportInput): Promise<ReportRow> {
  idArg('id', id);
  requireSomeRole(ctx.access, 'updating a report');
  const wanted = input.status ?? null;
  const patch = asPatch(input.fields);
  if (input.fields == null && wanted === null) throw badRequest('an update needs fields or status, got neither');
  checkFieldValues(patch);
  const row = await writeStore.updateReport(ctx, id, (current) => {
    if (!maySeeReport(ctx.access, current)) throw notFound('report', id);
    const status = wanted ?? current.status;
    if (current.status === 'submitted' && status === 'draft') {
      throw conflict(`report '${id}' is submitted; it cannot go back to draft`);
    }
    const fields = mergeFields(current.fields, patch);
    checkReportFields(fields, status);
    if (status === current.status && sameFields(fields, current.fields)) return null;
    const submittedAt = status === 'submitted' && current.status === 'draft' ? ctx.now : current.submittedAt;
    const updatedAt = ctx.now > current.updatedAt ? ctx.now : current.updatedAt;
    return { fields, status, submittedAt, updatedAt, updatedBy: actorOf(ctx.access) };
  });
  if (!row) throw notFound('report', id);
  return row;
}

/**
 * Deletes any report, draft or submitted: a coordinator action (403 for mentors); 404 when it does not exist or is of
 * another organisation (one statement either way).
 */
export async function deleteReport(ctx: Context, id: string): Promise<{ deletedId: string; mentorId: string }> {
  requireCoordinator(ctx.access, 'deleting a report');
  idArg('id', id);
  const deleted = await writeStore.deleteReport(ctx.db, id, ctx.access.kind === 'org' ? ctx.access.orgId : undefined);
  if (!deleted) throw notFound('report', id);
  return { deletedId: id, mentorId: deleted.mentorId };
}
