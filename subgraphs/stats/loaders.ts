// Per-request DataLoaders of the stats subgraph: one statement per batch.
import DataLoader from 'dataloader';
import type { Db } from '../../lib/db.js';
import { rowLoader } from '../../lib/loader.js';
import * as store from './store.js';
import { activityVersions } from './version-store.js';
import { calendarWindow, type SummaryPeriod } from './periods.js';

/** Activity counts of one mentor in one calendar period. */
export interface SummaryCounts {
  totalActivities: number;
  totalSessions: number;
}

/** Builds the stats loaders for one request. */
export function createLoaders(db: Db, now: Date) {
  const summaries = new Map<SummaryPeriod, DataLoader<string, SummaryCounts>>();
  return {
    activity: rowLoader(
      (ids: readonly string[]) => store.activitiesByIds(db, ids),
      (r) => r.id,
    ),
    activityType: rowLoader(
      (ids: readonly string[]) => store.activityTypesByIds(db, ids),
      (r) => r.id,
    ),
    /** Mentor.activityVersion for a batch of mentors, one statement; null when the mentor has no activity. */
    activityVersion: rowLoader(
      (ids: readonly string[]) => activityVersions(db, ids),
      (r) => r.mentorId,
    ),
    /** One loader per period, so a page of mentors costs one statement per period asked. */
    summary(period: SummaryPeriod): DataLoader<string, SummaryCounts> {
      let loader = summaries.get(period);
      if (!loader) {
        loader = new DataLoader(async (ids: readonly string[]) => {
          const rows = await store.summariesByMentor(db, ids, calendarWindow(period, now));
          const byId = new Map(rows.map((r) => [r.mentorId, r]));
          return ids.map((id) => byId.get(id) ?? { totalActivities: 0, totalSessions: 0 });
        });
        summaries.set(period, loader);
      }
      return loader;
    },
  };
}

/** The loaders every stats request carries. */
export type StatsLoaders = ReturnType<typeof createLoaders>;
