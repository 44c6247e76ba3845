// Seed data of the stats, milestones and reports domains, all derived from one activity log.
import { Random } from './random.js';
import { activityTypeSeed, milestoneCatalog, orgs } from './catalog.js';
import { MENTOR_COUNT, mentorId } from './people.js';
import { isoDate } from '../../lib/dates.js';

const DAY = 86_400_000;
const topics = ['Job application support', 'Housing questions', 'Language practice', 'Study planning', 'Family life'];
const engagement = ['low', 'medium', 'high', 'very_high'];

/** Builds two years of activities before `today`, the milestones they earn, and reports on recent ones. */
export function activitySeed(today: Date) {
  const rnd = new Random(7);
  const activities = [],
    milestones = [],
    reports = [];
  let actNo = 1;
  for (let i = 1; i <= MENTOR_COUNT; i++) {
    const id = mentorId(i);
    const orgId = orgs[i <= 30 ? 0 : 1];
    const perMonth = 3 + (i % 9);
    const mine = [];
    for (let day = 730; day >= 0; day--) {
      if (rnd.next() >= perMonth / 30) continue;
      const occurredAt = new Date(today.getTime() - day * DAY + rnd.int(8 * 60, 20 * 60) * 60_000);
      const type = activityTypeSeed[rnd.int(0, activityTypeSeed.length - 1)];
      mine.push({
        id: `act_${String(actNo++).padStart(6, '0')}`,
        mentorId: id,
        orgId,
        activityTypeId: type.id,
        status: rnd.next() < 0.9 ? 'completed' : 'cancelled',
        occurredAt,
        durationMinutes: rnd.int(15, 120),
        contactId: `contact-${String(i).padStart(3, '0')}-${String(rnd.int(1, 60)).padStart(2, '0')}`,
        createdAt: occurredAt,
      });
    }
    activities.push(...mine);
    milestones.push(...earned(id, mine, today));
    for (const a of mine.filter((x) => today.getTime() - x.occurredAt.getTime() < 90 * DAY && rnd.next() < 0.3)) {
      const submitted = today.getTime() - a.occurredAt.getTime() > 7 * DAY;
      const fields: Record<string, string | number | boolean> = {
        session_date: isoDate(a.occurredAt),
        attendance_count: rnd.int(1, 12),
        session_topic: rnd.pick(topics),
        participant_engagement: rnd.pick(engagement),
        mentor_notes: 'Discussed next steps.',
      };
      if (rnd.next() < 0.5) fields.way_forward = 'Follow up in two weeks.';
      const created = new Date(a.occurredAt.getTime() + 30 * 60_000);
      reports.push({
        reportId: `rpt_${rnd.hex(8)}`,
        activityId: a.id,
        peerMentorId: id,
        orgId,
        status: submitted ? 'submitted' : 'draft',
        fields,
        submittedAt: submitted ? new Date(created.getTime() + 3_600_000) : null,
        createdAt: created,
        updatedAt: submitted ? new Date(created.getTime() + 3_600_000) : created,
      });
    }
  }
  return { activities, milestones, reports };
}

type SeedActivity = { status: string; occurredAt: Date; durationMinutes: number; contactId: string | null };

/** Milestones from the log: thresholds crossed (dated when crossed) and the next one in progress. */
function earned(mentor: string, log: SeedActivity[], today: Date) {
  const out = [];
  const done = log.filter((a) => a.status === 'completed');
  const series: Record<string, (n: number) => number> = {
    hours_logged: (n) => done.slice(0, n).reduce((s, a) => s + a.durationMinutes, 0) / 60,
    contacts_helped: (n) => new Set(done.slice(0, n).map((a) => a.contactId)).size,
    activity_count: (n) => done.slice(0, n).length,
  };
  for (const [type, valueAt] of Object.entries(series)) {
    const source = done;
    const total = Math.round(valueAt(source.length) * 10) / 10;
    for (const def of milestoneCatalog.filter((d) => d.type === type)) {
      if (total >= def.threshold) {
        let n = 1;
        while (valueAt(n) < def.threshold) n++;
        out.push({
          mentorId: mentor,
          definitionKey: def.key,
          status: 'achieved',
          achievedValue: total,
          achievedAt: source[n - 1].occurredAt,
          createdAt: today,
          updatedAt: today,
        });
      } else {
        out.push({
          mentorId: mentor,
          definitionKey: def.key,
          status: 'in_progress',
          achievedValue: total,
          achievedAt: null,
          createdAt: today,
          updatedAt: today,
        });
        break;
      }
    }
  }
  return out;
}
