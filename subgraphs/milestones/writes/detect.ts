// detectMilestones: from a period's summary (given, or computed by stats) to persisted milestones, in one transaction.
import { requireCoordinator } from '../../../lib/caller.js';
import type { Context } from '../context.js';
import type { DetectMilestonesInput } from '../generated.js';
import { checkValue, detect, milestoneTypes, type MilestoneType, type Values } from '../rules.js';
import { detectionPeriod, periodEnd, type DateRange } from '../period.js';
import { readStats, type StatsFeed } from '../calls/index.js';
import { requireVisibleMentor } from '../access.js';
import * as store from '../store.js';
import * as writeStore from '../write-store.js';
import type { MilestoneView } from '../views.js';

function summaryValues(s: NonNullable<DetectMilestonesInput['summary']>): Values {
  return {
    hours_logged: checkValue('summary.totalHours', s.totalHours),
    contacts_helped: checkValue('summary.uniqueContactsHelped', s.uniqueContactsHelped),
    activity_count: checkValue('summary.activityCount', s.activityCount),
  };
}

/** When the log says the threshold was crossed (if not after the period), else the period's end. */
function achievedAt(feed: StatsFeed, type: MilestoneType, threshold: number, period: DateRange, now: Date): Date {
  const crossed = feed.crossedAt[type].get(threshold);
  return crossed && crossed < period.endExclusive ? crossed : periodEnd(period, now);
}

/**
 * Detects and persists a mentor's milestones; returns the detected ones (achieved, then the next goal of each type).
 * A coordinator action (403 for mentors); a mentor the caller may not see does not exist (404).
 */
export async function detectMilestones(ctx: Context, input: DetectMilestonesInput): Promise<MilestoneView[]> {
  requireCoordinator(ctx.access, 'detecting milestones');
  const period = detectionPeriod(input.period);
  const given = input.summary ? summaryValues(input.summary) : null;
  await requireVisibleMentor(ctx, input.mentorId);
  const defs = await store.catalog(ctx.db);
  const asked = Object.fromEntries(
    milestoneTypes.map((t) => [
      t,
      defs.filter((d) => d.type === t && (!given || d.threshold <= given[t])).map((d) => d.threshold),
    ]),
  ) as Record<MilestoneType, number[]>;
  const feed = await readStats(ctx, input.mentorId, period, !given, asked);
  const values = given ?? feed.values;
  if (!values) throw new Error('stats gave no totals');

  return ctx.transaction(async (tx) => {
    const existing = await writeStore.lockMentorRows(tx, input.mentorId);
    const achieved = new Set(existing.filter((r) => r.status === 'achieved').map((r) => r.definitionKey));
    const plan = detect(defs, values, achieved);
    await writeStore.upsertDetected(
      tx,
      input.mentorId,
      plan.map((d) => ({
        definitionKey: d.key,
        status: d.status,
        achievedValue: d.value,
        achievedAt: d.status === 'achieved' ? achievedAt(feed, d.type, d.threshold, period, ctx.now) : null,
      })),
      ctx.now,
    );
    await writeStore.deleteStaleInProgress(
      tx,
      input.mentorId,
      plan.filter((d) => d.status === 'in_progress').map((d) => d.key),
    );
    return store.milestonesByKeys(
      tx,
      input.mentorId,
      plan.map((d) => d.key),
    );
  });
}
