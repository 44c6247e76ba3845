// The seeded world every subgraph's seed shares: the organisations and the mentors (their ids and organisations).
import type { SeedMentor } from '../../lib/seed.js';

/** The seeded organisations. */
export const orgs = ['org_nansen_01', 'org_fjord_02'] as const;

/** Number of seeded mentors. */
export const MENTOR_COUNT = 50;

/** `mentor-001` … `mentor-050`. */
export const mentorId = (i: number) => `mentor-${String(i).padStart(3, '0')}`;

/** The seeded mentors: the first 30 in the first organisation, the others in the second. */
export function seededMentors(): SeedMentor[] {
  return Array.from({ length: MENTOR_COUNT }, (_, k) => {
    const index = k + 1;
    return { index, id: mentorId(index), orgId: orgs[index <= 30 ? 0 : 1] };
  });
}
