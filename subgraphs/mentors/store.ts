// Drizzle queries of the mentors subgraph (reads only its own `mentors` schema).
import { and, asc, count, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import { inPlaceholder, prepared } from '../../lib/prepared.js';
import type { PageArgs } from '../../lib/pagination.js';
import type { MentorState } from './generated.js';
import { mentors, mentorStatuses, pauseRecords, certifications, assignments, type CertificationRow } from './tables.js';
import { DEFAULT_STATUS, type MentorStatusView } from './views.js';

/** Mentors by id, one (prepared) statement. */
export function mentorsByIds(db: Db, ids: readonly string[]) {
  return prepared(db, 'mentors_by_ids', (d) =>
    d.select().from(mentors).where(inPlaceholder(mentors.id, 'ids')),
  ).execute({ ids: [...ids] });
}

/** A page of mentors filtered by organisation and status, with the total. */
export async function listMentors(
  db: Db,
  f: { orgId?: string | null; mentorId?: string | null; status?: string | null },
  page: PageArgs,
) {
  const conds: SQL[] = [];
  if (f.orgId) conds.push(eq(mentors.orgId, f.orgId));
  if (f.mentorId) conds.push(eq(mentors.id, f.mentorId));
  // the mentor's `currentStatus`: its record's status, DEFAULT_STATUS without a record
  if (f.status)
    conds.push(
      f.status === DEFAULT_STATUS
        ? sql`not exists (select 1 from ${mentorStatuses} s where s.mentor_id = ${mentors.id} and s.status <> ${f.status})`
        : sql`exists (select 1 from ${mentorStatuses} s where s.mentor_id = ${mentors.id} and s.status = ${f.status})`,
    );
  const where = conds.length ? and(...conds) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(mentors).where(where).orderBy(asc(mentors.id)).limit(page.limit).offset(page.offset),
    db.select({ total: count() }).from(mentors).where(where),
  ]);
  return { rows, total };
}

const statusColumns = {
  mentorId: mentorStatuses.mentorId,
  status: mentorStatuses.status,
  lastUpdated: mentorStatuses.lastUpdated,
  createdAt: mentorStatuses.createdAt,
  pauseStart: pauseRecords.startDate,
  pauseReturn: pauseRecords.expectedReturnDate,
  pauseReason: pauseRecords.reason,
};

/** A status row joined with its active pause record, as `statusQuery` selects it (pause columns null without one). */
type StatusJoinRow = Awaited<ReturnType<typeof statusQuery>>[number];

/** True when a left join from mentors found the status record (its columns are NOT NULL: all present, or none). */
function hasStatus<R extends { mentorId: string | null }>(r: R): r is R & StatusJoinRow {
  return r.mentorId !== null;
}

function toStatusView(row: StatusJoinRow): MentorStatusView {
  return {
    mentorId: row.mentorId,
    status: row.status,
    lastUpdated: row.lastUpdated,
    createdAt: row.createdAt,
    activePause: row.pauseStart
      ? { startDate: row.pauseStart, expectedReturnDate: row.pauseReturn, reason: row.pauseReason ?? 'other' }
      : null,
  };
}

/** Join condition: the active pause record of the mentor in `mentorId` (at most one, partial unique index). */
const activePauseOf = (mentorId: AnyColumn) =>
  and(eq(pauseRecords.mentorId, mentorId), eq(pauseRecords.isActive, true));

function statusQuery(db: Db) {
  return db.select(statusColumns).from(mentorStatuses).leftJoin(pauseRecords, activePauseOf(mentorStatuses.mentorId));
}

/** Status records (with the active pause) for these mentors, one (prepared) statement. */
export async function statusesByMentorIds(db: Db, ids: readonly string[]): Promise<MentorStatusView[]> {
  const rows = await prepared(db, 'statuses_by_mentor_ids', (d) =>
    statusQuery(d).where(inPlaceholder(mentorStatuses.mentorId, 'ids')),
  ).execute({ ids: [...ids] });
  return rows.map(toStatusView);
}

/** A filtered page of status records with the total. */
export async function listStatuses(
  db: Db,
  f: { status?: MentorState | null; isPaused?: boolean | null; orgId?: string | null; mentorId?: string | null },
  page: PageArgs,
) {
  const conds: SQL[] = [];
  if (f.mentorId) conds.push(eq(mentorStatuses.mentorId, f.mentorId));
  if (f.status) conds.push(eq(mentorStatuses.status, f.status));
  if (f.isPaused === true) conds.push(eq(mentorStatuses.status, 'paused'));
  if (f.isPaused === false) conds.push(sql`${mentorStatuses.status} <> 'paused'`);
  if (f.orgId)
    conds.push(
      sql`exists (select 1 from ${mentors} m where m.id = ${mentorStatuses.mentorId} and m.org_id = ${f.orgId})`,
    );
  const where = conds.length ? and(...conds) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    statusQuery(db).where(where).orderBy(asc(mentorStatuses.mentorId)).limit(page.limit).offset(page.offset),
    db.select({ total: count() }).from(mentorStatuses).where(where),
  ]);
  return { rows: rows.map(toStatusView), total };
}

/** The latest-expiring certification of each mentor, one (prepared) statement. */
export function latestCertifications(db: Db, ids: readonly string[]) {
  return prepared(db, 'latest_certifications', (d) =>
    d
      .selectDistinctOn([certifications.mentorId])
      .from(certifications)
      .where(inPlaceholder(certifications.mentorId, 'ids'))
      .orderBy(certifications.mentorId, sql`${certifications.expiryDate} desc`),
  ).execute({ ids: [...ids] });
}

/** Open assignments of these mentors, one (prepared) statement. */
export function openAssignments(db: Db, ids: readonly string[]) {
  return prepared(db, 'open_assignments', (d) =>
    d
      .select()
      .from(assignments)
      .where(and(inPlaceholder(assignments.mentorId, 'ids'), eq(assignments.status, 'open')))
      .orderBy(asc(assignments.mentorId), asc(assignments.id)),
  ).execute({ ids: [...ids] });
}

/**
 * Mentors with the 1:1 parts of the detail view in one (prepared) statement: the status record with its active pause,
 * and the latest-expiring certification (lateral). Query.mentor/mentors use it to prime the status and certification
 * loaders, so the detail view costs one statement here instead of three.
 */
export async function mentorDetailsByIds(db: Db, ids: readonly string[]) {
  const rows = await prepared(db, 'mentor_details_by_ids', (d) => {
    const latest = d
      .select()
      .from(certifications)
      .where(eq(certifications.mentorId, mentors.id))
      .orderBy(sql`${certifications.expiryDate} desc`)
      .limit(1)
      .as('latest_cert');
    return d
      .select({
        mentor: mentors,
        ...statusColumns,
        certId: latest.id,
        certName: latest.name,
        certIssued: latest.issuedDate,
        certExpiry: latest.expiryDate,
        certUpdated: latest.updatedAt,
      })
      .from(mentors)
      .leftJoin(mentorStatuses, eq(mentorStatuses.mentorId, mentors.id))
      .leftJoin(pauseRecords, activePauseOf(mentors.id))
      .leftJoinLateral(latest, sql`true`)
      .where(inPlaceholder(mentors.id, 'ids'));
  }).execute({ ids: [...ids] });
  return rows.map((r) => ({
    mentor: r.mentor,
    status: hasStatus(r) ? toStatusView(r) : null,
    certification:
      r.certId === null
        ? null
        : ({
            id: r.certId,
            mentorId: r.mentor.id,
            name: r.certName!,
            issuedDate: r.certIssued!,
            expiryDate: r.certExpiry!,
            updatedAt: r.certUpdated!,
          } satisfies CertificationRow),
  }));
}
