// Loads the seed into an empty database, one subgraph's tables at a time.
import { count } from 'drizzle-orm';
import type { Db, Pools } from '../../lib/db.js';
import { todayUtc } from '../../lib/dates.js';
import * as m from '../../subgraphs/mentors/tables.js';
import * as s from '../../subgraphs/stats/tables.js';
import * as ms from '../../subgraphs/milestones/tables.js';
import * as r from '../../subgraphs/reports/tables.js';
import { activityTypeSeed, milestoneCatalog } from './catalog.js';
import { mentorsSeed } from './people.js';
import { activitySeed } from './activity.js';

type Table = Parameters<Db['insert']>[0];

async function insertAll(db: Db, table: Table, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insert(table).values(rows.slice(i, i + 500) as never);
}

async function isEmpty(db: Db, table: Table): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(table as never);
  return n === 0;
}

/** Seeds one subgraph's tables when they are empty; returns whether it wrote anything. */
export async function seedSubgraph({ db, transaction }: Pools, name: string, today = todayUtc()): Promise<boolean> {
  let people: ReturnType<typeof mentorsSeed> | undefined;
  let acts: ReturnType<typeof activitySeed> | undefined;
  const P = () => (people ??= mentorsSeed(today));
  const A = () => (acts ??= activitySeed(today));
  const plan: Record<string, [Table, () => object[]][]> = {
    mentors: [
      [m.mentors, () => P().mentors],
      [m.mentorStatuses, () => P().statuses],
      [m.pauseRecords, () => P().pauses],
      [m.certifications, () => P().certs],
      [m.assignments, () => P().assignments],
    ],
    stats: [
      [s.activityTypes, () => activityTypeSeed],
      [s.activities, () => A().activities],
    ],
    milestones: [
      [ms.milestoneDefinitions, () => milestoneCatalog],
      [ms.mentorMilestones, () => A().milestones],
    ],
    reports: [[r.reports, () => A().reports]],
  };
  const steps = plan[name] ?? [];
  if (steps.length === 0 || !(await isEmpty(db, steps[0][0]))) return false;
  await transaction(async (tx) => {
    for (const [table, rows] of steps) await insertAll(tx, table, rows());
  });
  return true;
}

/** Seeds every subgraph's tables that are empty. */
export async function seedAll(pools: Pools, today = todayUtc()): Promise<void> {
  for (const name of ['mentors', 'stats', 'milestones', 'reports']) await seedSubgraph(pools, name, today);
}
