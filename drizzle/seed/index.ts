// Seeds an empty database, one subgraph at a time: each subgraph's seed.ts owns its rows and tables; this file
// only hands them the shared world (the mentors, one activity log) and picks which subgraph to seed.
import type { Pools } from '../../lib/db.js';
import { todayUtc } from '../../lib/dates.js';
import { subgraphNames } from '../../lib/config.js';
import { Random } from './random.js';
import { seededMentors } from './world.js';
import { activitySeed } from './activity.js';
import { mentorsSeed, seedMentors } from '../../subgraphs/mentors/seed.js';
import { seedStats } from '../../subgraphs/stats/seed.js';
import { seedMilestones } from '../../subgraphs/milestones/seed.js';
import { seedReports } from '../../subgraphs/reports/seed.js';

/** Seeds one subgraph's tables when they are empty; returns whether it wrote anything. */
export async function seedSubgraph(pools: Pools, name: string, today = todayUtc()): Promise<boolean> {
  switch (name) {
    case 'mentors':
      return seedMentors(pools, mentorsSeed(seededMentors(), today, new Random(42)));
    case 'stats':
      return seedStats(pools, activitySeed(today).activities);
    case 'milestones':
      return seedMilestones(pools, activitySeed(today).milestones);
    case 'reports':
      return seedReports(pools, activitySeed(today).reports);
    default:
      return false;
  }
}

/** Seeds every subgraph's tables that are empty. */
export async function seedAll(pools: Pools, today = todayUtc()): Promise<void> {
  for (const name of subgraphNames) await seedSubgraph(pools, name, today);
}
