// The per-mentor activity version: a value that changes whenever an activity of the mentor is logged or changed.
import type { Db } from '../../lib/db.js';
import { inPlaceholder, prepared } from '../../lib/prepared.js';
import { mentorRoster } from './tables.js';

/** Per mentor known to stats: the roster's version counter (bumped by the activities trigger), one (prepared) statement. */
export async function activityVersions(db: Db, ids: readonly string[]) {
  const rows = await prepared(db, 'activity_versions', (d) =>
    d
      .select({ mentorId: mentorRoster.mentorId, version: mentorRoster.version })
      .from(mentorRoster)
      .where(inPlaceholder(mentorRoster.mentorId, 'ids')),
  ).execute({ ids: [...ids] });
  return rows.map((r) => ({ mentorId: r.mentorId, version: String(r.version) }));
}
