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
  return (await mentorOrgs(ctx, [mentorId])).get(mentorId) ?? null;
}

/** Each mentor's organisation, one call for all; mentors the mentors subgraph does not show the caller are missing. */
export async function mentorOrgs(
  ctx: Pick<SubgraphDeps, 'call'>,
  mentorIds: readonly string[],
): Promise<ReadonlyMap<string, string>> {
  const data = await ctx.call(mentorOrgCall, { representations: representations('Mentor', mentorIds) });
  return new Map([...entitiesById(data._entities)].map(([id, m]) => [id, m.orgId]));
}
