// updateMilestone and deleteMilestone: the rules a hand edit must keep.
import { badRequest, conflict, notFound, unprocessable } from '../../../lib/errors.js';
import { checkDateRange, isoSeconds, parseIsoTimestamp } from '../../../lib/dates.js';
import { requireCoordinator } from '../../../lib/caller.js';
import type { Context } from '../context.js';
import type { UpdateMilestoneInput } from '../generated.js';
import { checkValue } from '../rules.js';
import { parseMilestoneId, type MilestoneView } from '../views.js';
import * as store from '../store.js';
import * as writeStore from '../write-store.js';

/** The id's parts; 404 when it has no mentor part or names a mentor the caller may not see. */
async function parseId(ctx: Context, id: string) {
  const parsed = parseMilestoneId(id);
  if (!parsed || !(await ctx.loaders.visible.load(parsed.mentorId))) throw notFound('milestone', id);
  return parsed;
}

function checkInput(input: UpdateMilestoneInput, now: Date) {
  if (input.status == null && input.achievedValue == null && input.achievedAt == null) {
    throw badRequest('give at least one of status, achievedValue, achievedAt');
  }
  const status = input.status ?? undefined;
  const value = input.achievedValue == null ? undefined : checkValue('achievedValue', input.achievedValue);
  let at: Date | undefined;
  if (input.achievedAt != null) {
    at = parseIsoTimestamp(input.achievedAt) ?? undefined;
    if (!at) throw badRequest(`achievedAt must be an ISO 8601 timestamp with zone, got '${input.achievedAt}'`);
    checkDateRange('achievedAt', at, input.achievedAt);
    if (at > now) throw unprocessable(`achievedAt ${isoSeconds(at)} is in the future`);
  }
  return { status, value, at };
}

/** The row after the edit, or a 422/409 when it would break a rule. */
function nextState(row: MilestoneView, edit: ReturnType<typeof checkInput>, others: MilestoneView[], now: Date) {
  const status = edit.status ?? row.status;
  const value = edit.value ?? row.achievedValue;
  const { threshold, key, type } = row.definition;
  if (status === 'achieved') {
    if (value < threshold) throw unprocessable(`achieved value ${value} is below the threshold ${threshold} of ${key}`);
    return {
      status,
      achievedValue: value,
      achievedAt: edit.at ?? row.achievedAt ?? new Date(Math.floor(now.getTime() / 1000) * 1000),
    };
  }
  if (edit.at) throw unprocessable('achievedAt applies only to achieved milestones');
  if (value >= threshold)
    throw unprocessable(`in-progress value ${value} must be below the threshold ${threshold} of ${key}`);
  const other = others.find((o) => o.status === 'in_progress' && o.definition.type === type && o.definitionKey !== key);
  if (other) throw conflict(`mentor ${row.mentorId} already has ${other.definitionKey} in progress for ${type}`);
  return { status, achievedValue: value, achievedAt: null };
}

/**
 * Applies an edit to one milestone in one transaction; the label follows from the new state. A coordinator action
 * (403 for mentors, before anything else).
 */
export async function updateMilestone(ctx: Context, id: string, input: UpdateMilestoneInput): Promise<MilestoneView> {
  requireCoordinator(ctx.access, 'updating a milestone');
  const { key, mentorId } = await parseId(ctx, id);
  const edit = checkInput(input, ctx.now);
  return ctx.transaction(async (tx) => {
    await writeStore.lockMentorRows(tx, mentorId);
    const mine = await store.milestonesByMentorIds(tx, [mentorId]);
    const row = mine.find((m) => m.definitionKey === key);
    if (!row) throw notFound('milestone', id);
    await writeStore.updateRow(tx, mentorId, key, nextState(row, edit, mine, ctx.now), ctx.now);
    return (await store.milestoneByKey(tx, mentorId, key))!;
  });
}

/** Deletes one milestone record: a coordinator action (403 for mentors); unknown or hidden ids are a 404. */
export async function deleteMilestone(ctx: Context, id: string): Promise<{ deletedId: string; mentorId: string }> {
  requireCoordinator(ctx.access, 'deleting a milestone');
  const { key, mentorId } = await parseId(ctx, id);
  if (!(await writeStore.deleteRow(ctx.db, mentorId, key))) throw notFound('milestone', id);
  return { deletedId: id, mentorId };
}
