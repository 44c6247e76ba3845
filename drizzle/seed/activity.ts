// The activity-derived seed of stats, milestones and reports: one log per mentor, all drawn from one random stream.
import { Random } from './random.js';
import { seededMentors } from './world.js';
import { activitiesOf, type SeedActivity } from '../../subgraphs/stats/seed.js';
import { earnedMilestones, type SeedMilestone } from '../../subgraphs/milestones/seed.js';
import { reportsOn, type SeedReport } from '../../subgraphs/reports/seed.js';

/** Builds two years of activities before `today`, the milestones they earn, and reports on recent ones. */
export function activitySeed(today: Date) {
  const rnd = new Random(7);
  const activities: SeedActivity[] = [];
  const milestones: SeedMilestone[] = [];
  const reports: SeedReport[] = [];
  for (const mentor of seededMentors()) {
    const mine = activitiesOf(mentor, today, rnd, activities.length + 1);
    activities.push(...mine);
    milestones.push(...earnedMilestones(mentor.id, mine, today));
    reports.push(...reportsOn(mentor, mine, today, rnd));
  }
  return { activities, milestones, reports };
}
