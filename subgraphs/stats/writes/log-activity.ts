// Mutation.logActivity: checks the input, asks the federation for the mentor, inserts (rollups follow by trigger).
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { badRequest, unprocessable } from '../../../lib/errors.js';
import { requireOwnWrite } from '../../../lib/caller.js';
import { checkDateRange, parseIsoTimestamp } from '../../../lib/dates.js';
import type { Context } from '../context.js';
import { mentorOrg } from '../calls/index.js';
import type { LogActivityInput } from '../generated.js';
import { activities, activityTypes, type ActivityRow } from '../tables.js';

/** Checks form and rules of the input; returns the parsed time. Changes nothing. */
function checkInput(input: LogActivityInput, now: Date): Date {
  for (const [name, v] of [
    ['mentorId', input.mentorId],
    ['orgId', input.orgId],
    ['activityTypeId', input.activityTypeId],
  ] as const) {
    if (v.length < 1 || v.length > 64) throw badRequest(`${name} must be 1..64 characters, got ${v.length}`);
  }
  if (input.contactId != null && (input.contactId.length < 1 || input.contactId.length > 64)) {
    throw badRequest(`contactId must be 1..64 characters, got ${input.contactId.length}`);
  }
  const at = parseIsoTimestamp(input.occurredAt);
  if (!at)
    throw badRequest(
      `occurredAt must be an ISO 8601 timestamp with a zone (e.g. 2026-03-20T14:32:00Z), got '${input.occurredAt}'`,
    );
  checkDateRange('occurredAt', at, input.occurredAt);
  if (at.getTime() > now.getTime())
    throw unprocessable(`occurredAt must not be in the future, got ${input.occurredAt}`);
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < 1 || input.durationMinutes > 1440) {
    throw unprocessable(`durationMinutes must be 1..1440, got ${input.durationMinutes}`);
  }
  return at;
}

/**
 * Logs one activity; unknown type, unknown mentor or a mentor of another organisation → 422, nothing written. A
 * mentor logs their own activities, a coordinator those of their organisation (403 otherwise).
 */
export async function logActivity(input: LogActivityInput, ctx: Context): Promise<ActivityRow> {
  const occurredAt = checkInput(input, ctx.now);
  requireOwnWrite(ctx.access, input, 'an activity');
  const [type] = await ctx.db
    .select({ id: activityTypes.id })
    .from(activityTypes)
    .where(eq(activityTypes.id, input.activityTypeId));
  if (!type)
    throw unprocessable(`activityTypeId must be a known activity type (act_type_...), got '${input.activityTypeId}'`);
  const orgId = await mentorOrg(ctx, input.mentorId);
  if (orgId === null) throw unprocessable(`mentorId must be an existing mentor, got '${input.mentorId}'`);
  if (orgId !== input.orgId) {
    throw unprocessable(`orgId must be the mentor's organisation ('${orgId}'), got '${input.orgId}'`);
  }
  const [row] = await ctx.db
    .insert(activities)
    .values({
      id: `act_${randomBytes(8).toString('hex')}`,
      mentorId: input.mentorId,
      orgId: input.orgId,
      activityTypeId: type.id,
      status: input.status,
      occurredAt,
      durationMinutes: input.durationMinutes,
      contactId: input.contactId ?? null,
    })
    .returning();
  return row;
}
