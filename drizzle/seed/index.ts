// Seeds an empty database, one subgraph at a time: each subgraph's seed.ts owns its rows and tables; this file
// only hands them the shared world (the mentors, one activity log) and picks which subgraph to seed.
import type { Pools } from '../../lib/db.js';
import type { SeedCounts } from '../../lib/seed.js';
import { todayUtc } from '../../lib/dates.js';
import { subgraphNames } from '../../lib/config.js';
import { Random } from './random.js';
import { seededMentors } from './world.js';
import { activitySeed } from './activity.js';
import { mentorsSeed, seedMentors } from '../../subgraphs/mentors/seed.js';
import { seedStats } from '../../subgraphs/stats/seed.js';
import { seedMilestones } from '../../subgraphs/milestones/seed.js';
import { seedReports } from '../../subgraphs/reports/seed.js';

/** Seeds one subgraph's tables when they are empty; resolves with the rows it wrote per table. */
export async function seedSubgraph(pools: Pools, name: string, today = todayUtc()): Promise<SeedCounts> {
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
      return {};
  }
}

/** Seeds every subgraph's tables that are empty; resolves with the rows written per table (`schema.table`). */
export async function seedAll(pools: Pools, today = todayUtc()): Promise<SeedCounts> {
  const written: SeedCounts = {};
  for (const name of subgraphNames) {
    for (const [table, rows] of Object.entries(await seedSubgraph(pools, name, today)))
      written[`${name}.${table}`] = rows;
  }
  return written;
}
