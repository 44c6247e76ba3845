// The detail-view version of mentors: one statement for a batch of mentors.
import { sql } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import { inPlaceholder, prepared } from '../../lib/prepared.js';
import { mentors, mentorStatuses, pauseRecords, certifications, assignments } from './tables.js';

/** Row count and latest change time (epoch seconds with microseconds) of a mentor's rows in one table. */
function changeMark(table: typeof pauseRecords | typeof certifications | typeof assignments) {
  return sql`(select count(*)::text || ':' || coalesce(extract(epoch from max(x.updated_at))::text, '')
    from ${table} x where x.mentor_id = ${mentors.id})`;
}

/**
 * An opaque version per mentor over everything the detail view shows from this subgraph: the profile, the status
 * record (status + last_updated), and count + latest `updated_at` of pause records, certifications and
 * assignments (the count makes deletions visible). One (prepared) statement for the whole batch.
 */
export function detailVersions(db: Db, ids: readonly string[]) {
  const status = sql`(select s.status || ':' || extract(epoch from s.last_updated)::text
    from ${mentorStatuses} s where s.mentor_id = ${mentors.id})`;
  return prepared(db, 'detail_versions', (d) =>
    d
      .select({
        mentorId: mentors.id,
        version: sql<string>`md5(concat_ws('|', ${mentors.fullName}, ${mentors.email}, ${mentors.orgId}, ${status},
      ${changeMark(pauseRecords)}, ${changeMark(certifications)}, ${changeMark(assignments)}))`,
      })
      .from(mentors)
      .where(inPlaceholder(mentors.id, 'ids')),
  ).execute({ ids: [...ids] });
}
