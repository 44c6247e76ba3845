// Checks, through the federation, that a report's activity and mentor exist and belong together.
import { notFound, unprocessable } from '../../lib/errors.js';
import { maySeeMentor } from '../../lib/caller.js';
import type { Context } from './context.js';
import { activityOf, mentorOf } from './calls/index.js';

/** The owners a report names. */
export interface ReportOwners {
  activityId: string;
  peerMentorId: string;
  orgId: string;
}

/**
 * Asks the stats subgraph for the activity and the mentors subgraph for the mentor (`_entities`, in parallel).
 * Unknown activity or mentor, or one the caller may not see → 404; an activity of another mentor, or an org_id that
 * is not theirs → 422.
 */
export async function checkOwners(ctx: Context, o: ReportOwners): Promise<void> {
  const [activity, mentor] = await Promise.all([activityOf(ctx, o.activityId), mentorOf(ctx, o.peerMentorId)]);
  if (!mentor || !maySeeMentor(ctx.access, mentor.id, mentor.orgId)) throw notFound('mentor', o.peerMentorId);
  if (!activity || !maySeeMentor(ctx.access, activity.mentorId, activity.orgId))
    throw notFound('activity', o.activityId);
  if (activity.mentorId !== o.peerMentorId) {
    throw unprocessable(`activity '${o.activityId}' belongs to mentor '${activity.mentorId}', not '${o.peerMentorId}'`);
  }
  if (mentor.orgId !== o.orgId) {
    throw unprocessable(`org_id must be the mentor's organisation '${mentor.orgId}', got '${o.orgId}'`);
  }
  if (activity.orgId !== o.orgId) {
    throw unprocessable(`org_id must be the activity's organisation '${activity.orgId}', got '${o.orgId}'`);
  }
}

/** NOT_FOUND unless the federation knows this entity and the caller may see its mentor. */
export async function requireEntity(ctx: Context, typename: 'Activity' | 'Mentor', id: string): Promise<void> {
  // the mentor whose data it is, and their organisation
  let owner: { mentorId: string; orgId: string } | null;
  if (typename === 'Activity') owner = await activityOf(ctx, id);
  else {
    const mentor = await mentorOf(ctx, id);
    owner = mentor && { mentorId: mentor.id, orgId: mentor.orgId };
  }
  if (!owner || !maySeeMentor(ctx.access, owner.mentorId, owner.orgId)) throw notFound(typename.toLowerCase(), id);
}
