// The calls the stats subgraph makes to other subgraphs: documents in calls/<owner>/*.graphql, typed by codegen.
import { entitiesById, representations, subgraphCall } from '../../../lib/entities.js';
import type { SubgraphDeps } from '../../../lib/subgraph.js';
import { StatsMentorOrgDocument } from './mentors/generated.js';

/** StatsMentorOrg on the mentors subgraph. */
export const mentorOrgCall = subgraphCall('mentors', StatsMentorOrgDocument);

/** Every call of this subgraph (test/calls.test.ts validates each against its owner's schema). */
export const calls = [mentorOrgCall];

/** The mentor's organisation as the mentors subgraph knows it; null when it does not know the mentor. */
export async function mentorOrg(ctx: Pick<SubgraphDeps, 'call'>, mentorId: string): Promise<string | null> {
  const data = await ctx.call(mentorOrgCall, { representations: representations('Mentor', [mentorId]) });
  return entitiesById(data._entities).get(mentorId)?.orgId ?? null;
}
