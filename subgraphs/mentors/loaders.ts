// Per-request DataLoaders of the mentors subgraph: one statement per batch. Every loader answers only what the
// caller may see (lib/gate.ts): a hidden mentor, and everything of theirs, is a miss like an unknown one.
import type { Db } from '../../lib/db.js';
import { maySeeMentor, type Access } from '../../lib/caller.js';
import { gateLists, gateRows } from '../../lib/gate.js';
import { mentorVisibility } from '../../lib/mentor-visibility.js';
import { listLoader, rowLoader } from '../../lib/loader.js';
import * as store from './store.js';
import { detailVersions } from './version-store.js';
import { historyByMentorIds, pauseRecordsByIds, pauseRecordsByMentorIds } from './pause-store.js';

/** Builds the mentors loaders for one request, answering only what `access` may see. */
export function createLoaders(db: Db, access: Access) {
  const mentorRow = rowLoader(
    (ids: readonly string[]) => store.mentorsByIds(db, ids),
    (r) => r.id,
  );
  // a coordinator's visibility needs the mentors' organisations: the same (cached) mentor rows
  const visible = mentorVisibility(access, async (ids) => {
    const rows = await mentorRow.loadMany(ids);
    return new Map(rows.flatMap((r) => (r && !(r instanceof Error) ? [[r.id, r.orgId] as const] : [])));
  });
  const byMentor = (id: string) => visible.load(id);
  const ofMentor = <R extends { mentorId: string }>(r: R) => visible.load(r.mentorId);
  return {
    mentor: gateRows(access, mentorRow, (m) => maySeeMentor(access, m.id, m.orgId)),
    /** The mentor with its status and latest certification, one statement (root queries prime the two loaders). */
    mentorDetail: gateRows(
      access,
      rowLoader(
        (ids: readonly string[]) => store.mentorDetailsByIds(db, ids),
        (r) => r.mentor.id,
      ),
      (d) => maySeeMentor(access, d.mentor.id, d.mentor.orgId),
    ),
    status: gateRows(
      access,
      rowLoader(
        (ids: readonly string[]) => store.statusesByMentorIds(db, ids),
        (r) => r.mentorId,
      ),
      ofMentor,
    ),
    certification: gateRows(
      access,
      rowLoader(
        (ids: readonly string[]) => store.latestCertifications(db, ids),
        (r) => r.mentorId,
      ),
      ofMentor,
    ),
    openAssignments: gateLists(
      access,
      listLoader(
        (ids: readonly string[]) => store.openAssignments(db, ids),
        (r) => r.mentorId,
      ),
      byMentor,
    ),
    pauseRecord: gateRows(
      access,
      rowLoader(
        (ids: readonly string[]) => pauseRecordsByIds(db, ids),
        (r) => r.id,
      ),
      ofMentor,
    ),
    pauseRecordsOfMentor: gateLists(
      access,
      listLoader(
        (ids: readonly string[]) => pauseRecordsByMentorIds(db, ids),
        (r) => r.mentorId,
      ),
      byMentor,
    ),
    history: gateLists(
      access,
      listLoader(
        (ids: readonly string[]) => historyByMentorIds(db, ids),
        (r) => r.mentorId,
      ),
      byMentor,
    ),
    detailVersion: gateRows(
      access,
      rowLoader(
        (ids: readonly string[]) => detailVersions(db, ids),
        (r) => r.mentorId,
      ),
      ofMentor,
    ),
  };
}

/** The loaders every mentors request carries. */
export type Loaders = ReturnType<typeof createLoaders>;
