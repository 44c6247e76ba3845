// The per-mentor activity version: a value that changes whenever an activity of the mentor is logged or changed.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import { mentorRoster } from './tables.js';

/** Per mentor known to stats: the roster's version counter (bumped by the activities trigger), one statement. */
export async function activityVersions(db: Db, ids: readonly string[]) {
  const rows = await db.select({ mentorId: mentorRoster.mentorId, version: mentorRoster.version })
    .from(mentorRoster).where(inArray(mentorRoster.mentorId, [...ids]));
  return rows.map((r) => ({ mentorId: r.mentorId, version: String(r.version) }));
}
