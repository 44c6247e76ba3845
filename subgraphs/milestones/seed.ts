// Seed data of the milestones subgraph (the catalog, the milestones each mentor's log earns) and its insert.
import type { Pools } from '../../lib/db.js';
import { seedStep, seedTables, type SeedCounts } from '../../lib/seed.js';
import { mentorMilestones, milestoneDefinitions, type MilestoneDefinitionRow } from './tables.js';

const hours = [10, 50, 100, 300, 500, 1000];
const contacts = [10, 25, 50, 100];
const counts = [10, 50, 100, 250, 500];

/** The milestone catalog: key, type, threshold, name and badge image path. */
export const milestoneCatalog: MilestoneDefinitionRow[] = [
  ...hours.map((t) => ({
    key: `milestone_${t}h`,
    type: 'hours_logged' as const,
    threshold: t,
    name: `${t} Hours Milestone`,
    badgeImage: `/assets/badges/${t}h.png`,
  })),
  ...contacts.map((t) => ({
    key: `milestone_${t}contacts`,
    type: 'contacts_helped' as const,
    threshold: t,
    name: `${t} Unique Contacts`,
    badgeImage: `/assets/badges/${t}contacts.png`,
  })),
  ...counts.map((t) => ({
    key: `milestone_${t}activities`,
    type: 'activity_count' as const,
    threshold: t,
    name: `${t} Activities`,
    badgeImage: `/assets/badges/${t}activities.png`,
  })),
];

/** What milestones read of a seeded activity. */
interface LoggedActivity {
  status: string;
  occurredAt: Date;
  durationMinutes: number;
  contactId: string | null;
}

/** One seeded milestone row. */
export type SeedMilestone = typeof mentorMilestones.$inferInsert;

/** Milestones from a mentor's log: thresholds crossed (dated when crossed) and the next one in progress. */
export function earnedMilestones(mentor: string, log: readonly LoggedActivity[], today: Date): SeedMilestone[] {
  const out: SeedMilestone[] = [];
  const done = log.filter((a) => a.status === 'completed');
  const series: Record<string, (n: number) => number> = {
    hours_logged: (n) => done.slice(0, n).reduce((s, a) => s + a.durationMinutes, 0) / 60,
    contacts_helped: (n) => new Set(done.slice(0, n).map((a) => a.contactId)).size,
    activity_count: (n) => done.slice(0, n).length,
  };
  for (const [type, valueAt] of Object.entries(series)) {
    const source = done;
    const total = Math.round(valueAt(source.length) * 10) / 10;
    for (const def of milestoneCatalog.filter((d) => d.type === type)) {
      if (total >= def.threshold) {
        let n = 1;
        while (valueAt(n) < def.threshold) n++;
        const achievedAt = source[n - 1].occurredAt;
        // an activity of today (after its UTC midnight) may cross a threshold: the row cannot predate it
        const written = achievedAt > today ? achievedAt : today;
        out.push({
          mentorId: mentor,
          definitionKey: def.key,
          status: 'achieved',
          achievedValue: total,
          achievedAt,
          createdAt: written,
          updatedAt: written,
        });
      } else {
        out.push({
          mentorId: mentor,
          definitionKey: def.key,
          status: 'in_progress',
          achievedValue: total,
          achievedAt: null,
          createdAt: today,
          updatedAt: today,
        });
        break;
      }
    }
  }
  return out;
}

/** Inserts the catalog and `rows` into the milestones subgraph's tables when empty; resolves with the rows it wrote. */
export function seedMilestones(pools: Pools, rows: readonly SeedMilestone[]): Promise<SeedCounts> {
  return seedTables(pools, [seedStep(milestoneDefinitions, milestoneCatalog), seedStep(mentorMilestones, rows)]);
}
