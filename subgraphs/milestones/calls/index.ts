// The calls the milestones subgraph makes to other subgraphs: documents in calls/<owner>/*.graphql, typed by codegen.
import { entitiesById, representations, subgraphCall } from '../../../lib/entities.js';
import type { SubgraphDeps } from '../../../lib/subgraph.js';
import { parseIsoTimestamp } from '../../../lib/dates.js';
import { apiError } from '../../../lib/errors.js';
import { milestoneTypes, type MilestoneType, type Values } from '../rules.js';
import type { DateRange } from '../period.js';
import { MilestonesMentorExistsDocument } from './mentors/generated.js';
import { MilestonesStatsFeedDocument, type MilestonesStatsFeedQueryVariables } from './stats/generated.js';

/** MilestonesMentorExists on the mentors subgraph. */
export const mentorExistsCall = subgraphCall('mentors', MilestonesMentorExistsDocument);
/** MilestonesStatsFeed on the stats subgraph. */
export const statsFeedCall = subgraphCall('stats', MilestonesStatsFeedDocument);

/** Every call of this subgraph (test/calls.test.ts validates each against its owner's schema). */
export const calls = [mentorExistsCall, statsFeedCall];

type Deps = Pick<SubgraphDeps, 'call'>;

/** The organisation of each of these mentors the mentors subgraph knows (one batched call). */
export async function mentorOrgs(ctx: Deps, mentorIds: readonly string[]): Promise<ReadonlyMap<string, string>> {
  const data = await ctx.call(mentorExistsCall, { representations: representations('Mentor', [...mentorIds]) });
  return new Map([...entitiesById(data._entities)].map(([id, m]) => [id, m.orgId]));
}

/** Whether the mentors subgraph knows this mentor. */
export async function mentorExists(ctx: Deps, mentorId: string): Promise<boolean> {
  return (await mentorOrgs(ctx, [mentorId])).has(mentorId);
}

/** The stats answer detection uses: the period's totals (when asked) and when each threshold was first reached. */
export interface StatsFeed {
  values: Values | null;
  crossedAt: Record<MilestoneType, Map<number, Date>>;
}

/** The document's alias of each type's crossings. */
const crossingsOf = { hours_logged: 'hours', contacts_helped: 'contacts', activity_count: 'activities' } as const;

/**
 * One federated fetch: `activityTotals` for the period when `withTotals`, and `thresholdCrossings`
 * of each type for the given thresholds (the mentor's whole completed-activity log).
 */
export async function readStats(
  ctx: Deps,
  mentorId: string,
  period: DateRange,
  withTotals: boolean,
  thresholds: Record<MilestoneType, number[]>,
): Promise<StatsFeed> {
  const crossedAt: StatsFeed['crossedAt'] = {
    hours_logged: new Map(),
    contacts_helped: new Map(),
    activity_count: new Map(),
  };
  if (!withTotals && milestoneTypes.every((t) => thresholds[t].length === 0)) return { values: null, crossedAt };
  const variables: MilestonesStatsFeedQueryVariables = {
    representations: representations('Mentor', [mentorId]),
    withTotals,
    startDate: period.startDate,
    endDate: period.endDate,
    hours: thresholds.hours_logged,
    contacts: thresholds.contacts_helped,
    activities: thresholds.activity_count,
  };
  const entity = entitiesById((await ctx.call(statsFeedCall, variables))._entities).get(mentorId);
  if (!entity) throw new Error(`stats returned no Mentor entity for ${mentorId}`);
  // Both fields are nullable in stats' schema (they are its contribution to the Mentor): null only beside an error,
  // which ctx.call has already thrown; a null without one is the stats subgraph failing to answer them.
  if (withTotals && !entity.totals) throw apiError('SERVICE_UNAVAILABLE', 'the stats subgraph gave no activity totals');
  for (const type of milestoneTypes) {
    const crossings = entity[crossingsOf[type]];
    if (!crossings) throw apiError('SERVICE_UNAVAILABLE', 'the stats subgraph gave no threshold crossings');
    for (const c of crossings) {
      const at = c.crossedAt ? parseIsoTimestamp(c.crossedAt) : null;
      if (at) crossedAt[type].set(c.threshold, at);
    }
  }
  const t = entity.totals;
  const values = t
    ? { hours_logged: t.totalHours, contacts_helped: t.uniqueContactsHelped, activity_count: t.activityCount }
    : null;
  return { values, crossedAt };
}
