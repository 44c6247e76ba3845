// Seed data of the mentors subgraph (mentors, statuses, pause records, certifications, assignments) and its insert.
import type { Pools } from '../../lib/db.js';
import { isoDate } from '../../lib/dates.js';
import { seedStep, seedTables, type SeedCounts, type SeedMentor, type SeedRandom } from '../../lib/seed.js';
import { assignments as assignmentsTable, certifications, mentors, mentorStatuses, pauseRecords } from './tables.js';
import { PAUSE_REASONS } from './states.js';

const first = [
  'Kari',
  'Ola',
  'Ingrid',
  'Lars',
  'Sofie',
  'Jonas',
  'Nora',
  'Emil',
  'Maja',
  'Henrik',
  'Aisha',
  'Omar',
  'Leah',
  'Mats',
  'Sara',
  'Tobias',
  'Eva',
  'Amir',
  'Liv',
  'Per',
];
const last = [
  'Nordmann',
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Berg',
  'Haugen',
  'Bakken',
  'Dahl',
  'Svendsen',
  'Moe',
  'Lie',
  'Strand',
];
const reasons = PAUSE_REASONS;

const DAY = 86_400_000;

/** Which seeded mentors are paused (each with exactly one active pause record) or inactive. */
function seededStatus(i: number): 'active' | 'paused' | 'inactive' {
  if (i % 8 === 2) return 'paused';
  if (i % 15 === 0) return 'inactive';
  return 'active';
}

/** Builds the mentors subgraph's rows for `people`, relative to `today` (UTC midnight), drawing from `rnd`. */
export function mentorsSeed(people: readonly SeedMentor[], today: Date, rnd: SeedRandom) {
  const mentors = [],
    statuses = [],
    pauses: (typeof pauseRecords.$inferInsert)[] = [],
    certs = [],
    assignments: (typeof assignmentsTable.$inferInsert)[] = [];
  let pauseNo = 1,
    assignNo = 1;
  for (const { index: i, id, orgId } of people) {
    const [f, l] = [first[(i - 1) % first.length], last[(i * 7) % last.length]];
    const createdAt = new Date(today.getTime() - (800 + i) * DAY);
    mentors.push({
      id,
      fullName: `${f} ${l}`,
      email: `${f}.${l}.${i}@frivillig.no`.toLowerCase(),
      orgId,
      createdAt,
    });
    const status = seededStatus(i);
    const statusRow = {
      mentorId: id,
      status,
      lastUpdated: new Date(today.getTime() - rnd.int(1, 60) * DAY + 9 * 3_600_000),
      createdAt,
    };
    statuses.push(statusRow);
    if (i % 4 === 1) {
      const start = new Date(today.getTime() - rnd.int(200, 400) * DAY);
      pauses.push({
        id: `pause-rec-${String(pauseNo++).padStart(4, '0')}`,
        mentorId: id,
        startDate: start,
        expectedReturnDate: new Date(start.getTime() + 30 * DAY),
        endDate: new Date(start.getTime() + rnd.int(20, 45) * DAY),
        isActive: false,
        reason: rnd.pick(reasons),
        createdAt: start,
        updatedAt: start,
      });
    }
    if (status === 'paused') {
      const start = new Date(today.getTime() - rnd.int(3, 40) * DAY);
      pauses.push({
        id: `pause-rec-${String(pauseNo++).padStart(4, '0')}`,
        mentorId: id,
        startDate: start,
        expectedReturnDate: new Date(start.getTime() + rnd.int(30, 90) * DAY),
        endDate: null,
        isActive: true,
        reason: i % 3 === 0 ? 'certification_expiry' : rnd.pick(reasons),
        createdAt: start,
        updatedAt: start,
      });
      // Pausing set the status, so it was last updated no earlier than the pause began (the draw above is kept, so
      // only the rows that broke this move and every other seeded value stays as it was).
      if (statusRow.lastUpdated < start) statusRow.lastUpdated = new Date(start.getTime() + 9 * 3_600_000);
    }
    const expiryOffset = i % 7 === 0 ? -rnd.int(5, 200) : i % 5 === 0 ? rnd.int(1, 89) : rnd.int(120, 900);
    const expiry = new Date(today.getTime() + expiryOffset * DAY);
    certs.push({
      id: `cert-${String(i).padStart(4, '0')}`,
      mentorId: id,
      name: 'Peer Mentor Certification',
      issuedDate: isoDate(new Date(expiry.getTime() - 730 * DAY)),
      expiryDate: isoDate(expiry),
    });
    for (let a = 0; a < rnd.int(0, 5); a++) {
      const open = rnd.next() < 0.6;
      const created = new Date(today.getTime() - rnd.int(10, 300) * DAY);
      assignments.push({
        id: `assign_${String(assignNo++).padStart(4, '0')}`,
        mentorId: id,
        contactName: `${rnd.pick(first)} ${rnd.pick(last)}`,
        status: open ? 'open' : 'closed',
        createdAt: created,
        closedAt: open ? null : new Date(created.getTime() + 5 * DAY),
      });
    }
  }
  return { mentors, statuses, pauses, certs, assignments };
}

/** The mentors subgraph's seed rows. */
export type MentorsSeed = ReturnType<typeof mentorsSeed>;

/** Inserts the rows into the mentors subgraph's tables when they are empty; resolves with the rows it wrote. */
export function seedMentors(pools: Pools, rows: MentorsSeed): Promise<SeedCounts> {
  return seedTables(pools, [
    seedStep(mentors, rows.mentors),
    seedStep(mentorStatuses, rows.statuses),
    seedStep(pauseRecords, rows.pauses),
    seedStep(certifications, rows.certs),
    seedStep(assignmentsTable, rows.assignments),
  ]);
}
