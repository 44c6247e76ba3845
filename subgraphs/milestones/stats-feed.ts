// What detection reads from the stats subgraph, through the federation (`_entities` on stats' Mentor).
import type { EntityFetch } from '../../lib/subgraph.js';
import { parseIsoTimestamp } from '../../lib/dates.js';
import { milestoneTypes, type MilestoneType, type Values } from './rules.js';
import type { DateRange } from './period.js';

const alias: Record<MilestoneType, string> = { hours_logged: 'h', contacts_helped: 'c', activity_count: 'a' };

/** The stats answer detection uses: the period's totals (when asked) and when each threshold was first reached. */
export interface StatsFeed {
  values: Values | null;
  crossedAt: Record<MilestoneType, Map<number, Date>>;
}

type Totals = { totalHours: number; uniqueContactsHelped: number; activityCount: number };
type Crossing = { threshold: number; crossedAt: string | null };

/**
 * One federated fetch: `activityTotals` for the period when `withTotals`, and `thresholdCrossings`
 * of each type for the given thresholds (the mentor's whole completed-activity log).
 */
export async function readStats(
  fetchEntities: EntityFetch,
  mentorId: string,
  period: DateRange,
  withTotals: boolean,
  thresholds: Record<MilestoneType, number[]>,
): Promise<StatsFeed> {
  const parts = withTotals
    ? ['totals: activityTotals(startDate: $s, endDate: $e) { totalHours uniqueContactsHelped activityCount }']
    : [];
  const defs = withTotals ? ['$s: String', '$e: String'] : [];
  const values: Record<string, unknown> = withTotals ? { s: period.startDate, e: period.endDate } : {};
  for (const type of milestoneTypes) {
    if (thresholds[type].length === 0) continue;
    const a = alias[type];
    parts.push(`${a}: thresholdCrossings(metric: ${type}, thresholds: $t${a}) { threshold crossedAt }`);
    defs.push(`$t${a}: [Float!]!`);
    values[`t${a}`] = thresholds[type];
  }
  const crossedAt = {
    hours_logged: new Map(),
    contacts_helped: new Map(),
    activity_count: new Map(),
  } as StatsFeed['crossedAt'];
  if (parts.length === 0) return { values: null, crossedAt };
  const found = await fetchEntities('stats', 'Mentor', [mentorId], parts.join(' '), {
    definitions: defs.join(', '),
    values,
  });
  const entity = found.get(mentorId);
  if (!entity) throw new Error(`stats returned no Mentor entity for ${mentorId}`);
  for (const type of milestoneTypes) {
    for (const c of (entity[alias[type]] ?? []) as Crossing[]) {
      const at = c.crossedAt ? parseIsoTimestamp(c.crossedAt) : null;
      if (at) crossedAt[type].set(c.threshold, at);
    }
  }
  const t = entity.totals as Totals | undefined;
  const totals = t
    ? { hours_logged: t.totalHours, contacts_helped: t.uniqueContactsHelped, activity_count: t.activityCount }
    : null;
  return { values: totals, crossedAt };
}
