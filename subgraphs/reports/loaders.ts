// Per-request DataLoaders of the reports subgraph: one statement per batch; with authentication on they answer only
// the reports the caller may see (lib/gate.ts), so every route to a report shares one check.
import DataLoader from 'dataloader';
import type { Access } from '../../lib/caller.js';
import type { Db } from '../../lib/db.js';
import { gateLists, gateRows } from '../../lib/gate.js';
import { listLoader, rowLoader } from '../../lib/loader.js';
import { maySeeReport } from './access.js';
import * as store from './store.js';
import type { ReportRow } from './tables.js';

/** `inner` with each list holding only the reports the caller may see (`inner` itself when everything is visible). */
function visibleOnly<K>(access: Access, inner: DataLoader<K, ReportRow[]>): DataLoader<K, ReportRow[]> {
  if (access.kind === 'all') return inner;
  return new DataLoader<K, ReportRow[]>((keys) =>
    Promise.all(keys.map(async (k) => (await inner.load(k)).filter((r) => maySeeReport(access, r)))),
  );
}

/** Builds the reports loaders for one request, answering what `access` may see. */
export function createLoaders(db: Db, access: Access) {
  const report = rowLoader(
    (ids: readonly string[]) => store.reportsByIds(db, ids),
    (r) => r.reportId,
  );
  const byMentor = listLoader(
    (ids: readonly string[]) => store.reportsByMentorIds(db, ids),
    (r) => r.peerMentorId,
  );
  const byActivity = listLoader(
    (ids: readonly string[]) => store.reportsByActivityIds(db, ids),
    (r) => r.activityId,
  );
  return {
    report: gateRows(access, report, (r) => maySeeReport(access, r)),
    // a mentor's lists of other mentors are empty without a statement; a coordinator's are filtered by org
    byMentor: gateLists(access, visibleOnly(access, byMentor), (id: string) =>
      access.kind === 'mentor' ? id === access.mentorId : access.kind !== 'none',
    ),
    byActivity: gateLists(access, visibleOnly(access, byActivity), () => access.kind !== 'none'),
  };
}

/** The loaders every reports request carries. */
export type Loaders = ReturnType<typeof createLoaders>;
