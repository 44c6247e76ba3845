// Drizzle queries of the milestones subgraph (reads only its own `milestones` schema).
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import type { PageArgs } from '../../lib/pagination.js';
import { mentorMilestones, milestoneDefinitions } from './tables.js';
import type { MilestoneView } from './views.js';
import type { MilestoneStatus, MilestoneType } from './generated.js';

/** Lists show hours, then contacts, then activities, each by threshold. */
const typeOrder = sql`case ${milestoneDefinitions.type} when 'hours_logged' then 1 when 'contacts_helped' then 2 else 3 end`;

function joined(db: Db) {
  return db
    .select()
    .from(mentorMilestones)
    .innerJoin(milestoneDefinitions, eq(milestoneDefinitions.key, mentorMilestones.definitionKey));
}

function toView(r: {
  mentor_milestones: typeof mentorMilestones.$inferSelect;
  milestone_definitions: typeof milestoneDefinitions.$inferSelect;
}): MilestoneView {
  return { ...r.mentor_milestones, definition: r.milestone_definitions };
}

/** Filters a milestone list may apply. */
export interface MilestoneFilter {
  mentorIds?: readonly string[];
  mentorId?: string | null;
  status?: MilestoneStatus | null;
  type?: MilestoneType | null;
}

function where(f: MilestoneFilter): SQL | undefined {
  const conds: SQL[] = [];
  if (f.mentorIds) conds.push(inArray(mentorMilestones.mentorId, [...f.mentorIds]));
  if (f.mentorId) conds.push(eq(mentorMilestones.mentorId, f.mentorId));
  if (f.status) conds.push(eq(mentorMilestones.status, f.status));
  if (f.type) conds.push(eq(milestoneDefinitions.type, f.type));
  return and(...conds);
}

/** The whole catalog (15 definitions). */
export function catalog(db: Db) {
  return db.select().from(milestoneDefinitions).orderBy(typeOrder, asc(milestoneDefinitions.threshold));
}

/** Milestones of these mentors (optionally one status/type), by mentor, type and threshold. */
export async function milestonesByMentorIds(
  db: Db,
  ids: readonly string[],
  f: Pick<MilestoneFilter, 'status' | 'type'> = {},
) {
  const rows = await joined(db)
    .where(where({ ...f, mentorIds: ids }))
    .orderBy(asc(mentorMilestones.mentorId), typeOrder, asc(milestoneDefinitions.threshold));
  return rows.map(toView);
}

/** The distinct mentors with milestones matching the filter (one statement). */
export async function mentorIdsMatching(db: Db, f: MilestoneFilter): Promise<string[]> {
  const rows = await db
    .selectDistinct({ mentorId: mentorMilestones.mentorId })
    .from(mentorMilestones)
    .innerJoin(milestoneDefinitions, eq(milestoneDefinitions.key, mentorMilestones.definitionKey))
    .where(where(f));
  return rows.map((r) => r.mentorId);
}

/** One page of milestones matching the filter, and how many match. */
export async function listMilestones(db: Db, f: MilestoneFilter, page: PageArgs) {
  const [rows, [{ n }]] = await Promise.all([
    joined(db)
      .where(where(f))
      .orderBy(asc(mentorMilestones.mentorId), typeOrder, asc(milestoneDefinitions.threshold))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: count() })
      .from(mentorMilestones)
      .innerJoin(milestoneDefinitions, eq(milestoneDefinitions.key, mentorMilestones.definitionKey))
      .where(where(f)),
  ]);
  return { rows: rows.map(toView), total: n };
}

/** One mentor's milestone by catalog key, or null. */
export async function milestoneByKey(db: Db, mentorId: string, key: string): Promise<MilestoneView | null> {
  const rows = await joined(db).where(
    and(eq(mentorMilestones.mentorId, mentorId), eq(mentorMilestones.definitionKey, key)),
  );
  return rows[0] ? toView(rows[0]) : null;
}

/** One mentor's milestones with these keys, in list order. */
export async function milestonesByKeys(db: Db, mentorId: string, keys: string[]): Promise<MilestoneView[]> {
  const rows = await joined(db)
    .where(and(eq(mentorMilestones.mentorId, mentorId), inArray(mentorMilestones.definitionKey, keys)))
    .orderBy(typeOrder, asc(milestoneDefinitions.threshold));
  return rows.map(toView);
}
