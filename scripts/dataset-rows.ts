// Row generation of `npm run db:generate` (pure, deterministic): organisations, mentors and their activities.
import { Random } from '../drizzle/seed/random.js';
import { activityTypeSeed } from '../subgraphs/stats/seed.js';

const DAY = 86_400_000;
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
  'Moe',
  'Lie',
];
/** Duration range (minutes) and relative frequency of each seeded activity type. */
const typeProfile: Record<string, { min: number; max: number; weight: number }> = {
  act_type_001: { min: 30, max: 90, weight: 40 },
  act_type_002: { min: 60, max: 150, weight: 12 },
  act_type_003: { min: 10, max: 30, weight: 25 },
  act_type_004: { min: 5, max: 45, weight: 18 },
  act_type_005: { min: 90, max: 240, weight: 5 },
};

/** Generated mentor ids: `gen-mentor-00001`. */
const genMentorId = (i: number) => `gen-mentor-${String(i).padStart(5, '0')}`;

/** A generated mentor. */
export interface GenMentor {
  id: string;
  fullName: string;
  email: string;
  orgId: string;
  createdAt: Date;
  activities: number;
}

/** Organisations of very different sizes (weights 1/k), so one organisation is large. */
function orgOf(rnd: Random, orgCount: number): string {
  const h = Array.from({ length: orgCount }, (_x, k) => 1 / (k + 1));
  let r = rnd.next() * h.reduce((a, b) => a + b, 0);
  for (let k = 0; k < orgCount; k++) if ((r -= h[k]) < 0) return `gen_org_${String(k + 1).padStart(2, '0')}`;
  return `gen_org_${String(orgCount).padStart(2, '0')}`;
}

/** `count` mentors joined within the last 5 years; activities split among them (skewed, summing to `activities`). */
export function generateMentors(count: number, activities: number, today: Date, seed = 1): GenMentor[] {
  const rnd = new Random(seed);
  const orgCount = Math.max(1, Math.min(20, Math.round(count / 250)));
  const mentors = Array.from({ length: count }, (_x, k) => {
    const i = k + 1;
    const [f, l] = [rnd.pick(first), rnd.pick(last)];
    return {
      id: genMentorId(i),
      fullName: `${f} ${l}`,
      email: `${genMentorId(i)}@example.org`,
      orgId: orgOf(rnd, orgCount),
      createdAt: new Date(today.getTime() - rnd.int(30, 5 * 365) * DAY),
      activities: 0,
      weight: Math.exp(rnd.next() * 2.5),
    };
  });
  const sum = mentors.reduce((s, m) => s + m.weight, 0);
  let given = 0;
  for (const m of mentors) {
    m.activities = Math.floor((activities * m.weight) / sum);
    given += m.activities;
  }
  for (let k = 0; given < activities; k = (k + 1) % count, given++) mentors[k].activities++;
  return mentors.map(({ weight: _w, ...m }) => m);
}

/** A generated activity row. */
export interface GenActivity {
  id: string;
  mentorId: string;
  orgId: string;
  activityTypeId: string;
  status: 'completed' | 'cancelled';
  occurredAt: Date;
  durationMinutes: number;
  contactId: string;
  createdAt: Date;
}

const typeIds = activityTypeSeed.map((t) => t.id);
const typeTotal = typeIds.reduce((s, id) => s + typeProfile[id].weight, 0);

/** The activities of one mentor between joining and `today` (working hours, fewer at weekends), oldest first. */
export function mentorActivities(m: GenMentor, today: Date, firstNo: number, rnd: Random): GenActivity[] {
  const span = Math.max(1, Math.floor((today.getTime() - m.createdAt.getTime()) / DAY));
  const days: number[] = [];
  while (days.length < m.activities) {
    const d = rnd.int(0, span - 1);
    const weekday = new Date(m.createdAt.getTime() + d * DAY).getUTCDay();
    if ((weekday === 0 || weekday === 6) && rnd.next() < 0.7) continue;
    days.push(d);
  }
  const rows = days.map((d) => {
    let r = rnd.next() * typeTotal;
    const typeId = typeIds.find((id) => (r -= typeProfile[id].weight) < 0) ?? typeIds[0];
    const p = typeProfile[typeId];
    const day = Math.floor(m.createdAt.getTime() / DAY) + d;
    const occurredAt = new Date(day * DAY + rnd.int(7 * 60, 20 * 60) * 60_000);
    return {
      id: '',
      mentorId: m.id,
      orgId: m.orgId,
      activityTypeId: typeId,
      status: rnd.next() < 0.9 ? 'completed' : 'cancelled',
      occurredAt,
      durationMinutes: rnd.int(p.min, p.max),
      contactId: `${m.id}-c${rnd.int(1, 40)}`,
      createdAt: new Date(occurredAt.getTime() + rnd.int(5, 240) * 60_000),
    } satisfies GenActivity;
  });
  rows.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  rows.forEach((a, k) => {
    a.id = `gen_${String(firstNo + k).padStart(8, '0')}`;
  });
  return rows;
}

/** One activity as a line of PostgreSQL COPY text (tab-separated, newline-terminated). */
export function copyLine(a: GenActivity): string {
  return `${a.id}\t${a.mentorId}\t${a.orgId}\t${a.activityTypeId}\t${a.status}\t${a.occurredAt.toISOString()}\t${a.durationMinutes}\t${a.contactId}\t${a.createdAt.toISOString()}\n`;
}
