// The calls the reports subgraph makes to other subgraphs: documents in calls/<owner>/*.graphql, typed by codegen.
import { entitiesById, representations, subgraphCall } from '../../../lib/entities.js';
import type { SubgraphDeps } from '../../../lib/subgraph.js';
import { ReportsMentorOrgDocument } from './mentors/generated.js';
import { ReportsActivityOwnersDocument } from './stats/generated.js';

/** ReportsMentorOrg on the mentors subgraph. */
export const mentorOrgCall = subgraphCall('mentors', ReportsMentorOrgDocument);
/** ReportsActivityOwners on the stats subgraph. */
export const activityOwnersCall = subgraphCall('stats', ReportsActivityOwnersDocument);

/** Every call of this subgraph (test/calls.test.ts validates each against its owner's schema). */
export const calls = [mentorOrgCall, activityOwnersCall];

type Deps = Pick<SubgraphDeps, 'call'>;

/** A mentor as the mentors subgraph knows it (id and organisation); null when unknown. */
export async function mentorOf(ctx: Deps, mentorId: string): Promise<{ id: string; orgId: string } | null> {
  const data = await ctx.call(mentorOrgCall, { representations: representations('Mentor', [mentorId]) });
  return entitiesById(data._entities).get(mentorId) ?? null;
}

/** An activity as the stats subgraph knows it (id, mentor, organisation); null when unknown. */
export async function activityOf(
  ctx: Deps,
  activityId: string,
): Promise<{ id: string; mentorId: string; orgId: string } | null> {
  const data = await ctx.call(activityOwnersCall, { representations: representations('Activity', [activityId]) });
  return entitiesById(data._entities).get(activityId) ?? null;
}
