// Shapes the milestones resolvers return.
import type { MentorMilestoneRow, MilestoneDefinitionRow } from './tables.js';

/** A reference to a Mentor entity owned by the mentors subgraph. */
export interface MentorRef {
  id: string;
}

/** A mentor's milestone joined with its catalog definition. */
export interface MilestoneView extends MentorMilestoneRow {
  definition: MilestoneDefinitionRow;
}

/** Separator between catalog key and mentor id in a milestone id (`milestone_100h:mentor-001`). */
export const ID_SEPARATOR = ':';

/** The public id of one mentor's milestone: the catalog key, then the mentor id. */
export function milestoneId(key: string, mentorId: string): string {
  return `${key}${ID_SEPARATOR}${mentorId}`;
}

/** Splits a public milestone id into catalog key and mentor id, or null when it has no separator. */
export function parseMilestoneId(id: string): { key: string; mentorId: string } | null {
  const at = id.indexOf(ID_SEPARATOR);
  if (at <= 0 || at === id.length - 1) return null;
  return { key: id.slice(0, at), mentorId: id.slice(at + 1) };
}
