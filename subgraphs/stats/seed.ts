// Seed data of the stats subgraph (the activity type catalog, each mentor's activity log) and its insert.
import type { Pools } from '../../lib/db.js';
import { seedStep, seedTables, type SeedCounts, type SeedMentor, type SeedRandom } from '../../lib/seed.js';
import { activities, activityTypes } from './tables.js';

const DAY = 86_400_000;

/** Activity types; `isSession` marks the ones the detail view counts as sessions. */
export const activityTypeSeed = [
  { id: 'act_type_001', key: 'one_on_one_session', displayName: 'One-on-One Session', isSession: true },
  { id: 'act_type_002', key: 'group_session', displayName: 'Group Session', isSession: true },
  { id: 'act_type_003', key: 'check_in', displayName: 'Check-in', isSession: false },
  { id: 'act_type_004', key: 'phone_call', displayName: 'Phone Call', isSession: false },
  { id: 'act_type_005', key: 'workshop', displayName: 'Workshop', isSession: true },
];

/** One seeded activity row. */
export type SeedActivity = typeof activities.$inferInsert & { occurredAt: Date; contactId: string };

/**
 * A mentor's activities over the two years before `today` (3..11 a month), numbered `act_NNNNNN` from `firstNo`,
 * drawing from `rnd`; about 10 % cancelled.
 */
export function activitiesOf(mentor: SeedMentor, today: Date, rnd: SeedRandom, firstNo: number): SeedActivity[] {
  const i = mentor.index;
  const perMonth = 3 + (i % 9);
  const mine: SeedActivity[] = [];
  let actNo = firstNo;
  for (let day = 730; day >= 0; day--) {
    if (rnd.next() >= perMonth / 30) continue;
    const occurredAt = new Date(today.getTime() - day * DAY + rnd.int(8 * 60, 20 * 60) * 60_000);
    const type = activityTypeSeed[rnd.int(0, activityTypeSeed.length - 1)];
    mine.push({
      id: `act_${String(actNo++).padStart(6, '0')}`,
      mentorId: mentor.id,
      orgId: mentor.orgId,
      activityTypeId: type.id,
      status: rnd.next() < 0.9 ? 'completed' : 'cancelled',
      occurredAt,
      durationMinutes: rnd.int(15, 120),
      contactId: `contact-${String(i).padStart(3, '0')}-${String(rnd.int(1, 60)).padStart(2, '0')}`,
      createdAt: occurredAt,
    });
  }
  return mine;
}

/** Inserts the catalog and `log` into the stats subgraph's tables when they are empty; resolves with the rows it wrote. */
export function seedStats(pools: Pools, log: readonly SeedActivity[]): Promise<SeedCounts> {
  return seedTables(pools, [seedStep(activityTypes, activityTypeSeed), seedStep(activities, log)]);
}
