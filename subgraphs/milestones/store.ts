// Drizzle queries of the milestones subgraph (reads only its own `milestones` schema).
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../lib/db.js';
import { mentorMilestones, milestoneDefinitions } from './tables.js';
import type { MilestoneView } from './views.js';

function joined(db: Db) {
  return db.select().from(mentorMilestones)
    .innerJoin(milestoneDefinitions, eq(milestoneDefinitions.key, mentorMilestones.definitionKey));
}

function toView(r: { mentor_milestones: typeof mentorMilestones.$inferSelect; milestone_definitions: typeof milestoneDefinitions.$inferSelect }): MilestoneView {
  return { ...r.mentor_milestones, definition: r.milestone_definitions };
}

/** Milestones of these mentors (optionally one status/type), ordered by type and threshold. */
export async function milestonesByMentorIds(db: Db, ids: readonly string[], f: { status?: string | null; type?: string | null } = {}) {
  const conds: SQL[] = [inArray(mentorMilestones.mentorId, [...ids])];
  if (f.status) conds.push(eq(mentorMilestones.status, f.status));
  if (f.type) conds.push(eq(milestoneDefinitions.type, f.type));
  const rows = await joined(db).where(and(...conds))
    .orderBy(asc(mentorMilestones.mentorId), asc(milestoneDefinitions.type), asc(milestoneDefinitions.threshold));
  return rows.map(toView);
}

/** One mentor's milestone by catalog key, or null. */
export async function milestoneByKey(db: Db, mentorId: string, key: string): Promise<MilestoneView | null> {
  const rows = await joined(db)
    .where(and(eq(mentorMilestones.mentorId, mentorId), eq(mentorMilestones.definitionKey, key)));
  return rows[0] ? toView(rows[0]) : null;
}
