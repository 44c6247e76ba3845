// Per-request DataLoaders of the stats subgraph: one statement per batch.
import type { Db } from '../../lib/db.js';
import { maySeeMentor, type Access } from '../../lib/caller.js';
import { gateRows } from '../../lib/gate.js';
import DataLoader from 'dataloader';
import { loaderPer, rowLoader } from '../../lib/loader.js';
import type { PageArgs } from '../../lib/pagination.js';
import * as store from './store.js';
import { activityPagesByMentor, type ActivityFilter, type ActivityPageRows } from './activity-store.js';
import { activityVersions } from './version-store.js';
import { calendarWindow } from './periods.js';
import type { SummaryPeriod } from './generated.js';

/** Builds the stats loaders for one request; an activity the caller may not see is a miss. */
export function createLoaders(db: Db, now: Date, access: Access) {
  return {
    activity: gateRows(
      access,
      rowLoader(
        (ids: readonly string[]) => store.activitiesByIds(db, ids),
        (r) => r.id,
      ),
      (a) => maySeeMentor(access, a.mentorId, a.orgId),
    ),
    activityType: rowLoader(
      (ids: readonly string[]) => store.activityTypesByIds(db, ids),
      (r) => r.id,
    ),
    activityTypeByKey: rowLoader(
      (keys: readonly string[]) => store.activityTypesByKeys(db, keys),
      (r) => r.key,
    ),
    /** Mentor.activityVersion for a batch of mentors, one statement; null when the mentor has no activity. */
    activityVersion: rowLoader(
      (ids: readonly string[]) => activityVersions(db, ids),
      (r) => r.mentorId,
    ),
    /**
     * A mentor's counts in the current calendar period (null without activity); one loader per period, so a page
     * of mentors costs one statement per period asked.
     */
    summary: loaderPer((period: SummaryPeriod) =>
      rowLoader(
        (ids: readonly string[]) => store.summariesByMentor(db, ids, calendarWindow(period, now)),
        (r) => r.mentorId,
      ),
    ),
    /**
     * Mentor.activities: one loader per (filter, page) asked, keyed by mentor, so a page of mentors asking the same
     * arguments costs two statements (pages and totals) whatever its size.
     */
    activityPage: loaderPer(
      (q: { filter: ActivityFilter; page: PageArgs }) =>
        new DataLoader<string, ActivityPageRows>(async (ids) => {
          const pages = await activityPagesByMentor(db, ids, q.filter, q.page);
          return ids.map((id) => pages.get(id) ?? { rows: [], total: 0 });
        }),
      (q) => JSON.stringify(q),
    ),
  };
}

/** The loaders every stats request carries. */
export type Loaders = ReturnType<typeof createLoaders>;
