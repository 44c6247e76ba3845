// The dataset generator's row generation: sizes, realism bounds and COPY text.
import { describe, expect, it } from 'vitest';
import { Random } from '../../drizzle/seed/random.js';
import { copyLine, generateMentors, mentorActivities } from '../../scripts/dataset-rows.js';
import { parseArgs } from '../../scripts/generate-dataset.js';

const today = new Date('2026-03-20T00:00:00Z');

describe('dataset rows', () => {
  it('splits exactly the asked number of activities over the mentors and organisations of different sizes', () => {
    const mentors = generateMentors(500, 20_000, today);
    expect(mentors).toHaveLength(500);
    expect(mentors.reduce((s, m) => s + m.activities, 0)).toBe(20_000);
    expect(new Set(mentors.map((m) => m.id)).size).toBe(500);
    const perOrg = new Map<string, number>();
    for (const m of mentors) perOrg.set(m.orgId, (perOrg.get(m.orgId) ?? 0) + 1);
    const sizes = [...perOrg.values()].sort((a, b) => b - a);
    expect(sizes.length).toBe(2);
    expect(sizes[0]).toBeGreaterThan(sizes[1]);
    expect(generateMentors(500, 20_000, today)).toEqual(mentors); // deterministic
  });

  it('makes valid activities between joining and today, oldest first, as COPY lines', () => {
    const [m] = generateMentors(1, 300, today);
    const rows = mentorActivities(m, today, 1, new Random(3));
    expect(rows).toHaveLength(300);
    for (const a of rows) {
      expect(a.durationMinutes).toBeGreaterThanOrEqual(1);
      expect(a.durationMinutes).toBeLessThanOrEqual(1440);
      expect(a.occurredAt.getTime()).toBeGreaterThanOrEqual(m.createdAt.getTime());
      expect(a.occurredAt.getTime()).toBeLessThan(today.getTime());
      expect(['completed', 'cancelled']).toContain(a.status);
    }
    expect(rows.map((a) => a.occurredAt.getTime())).toEqual(
      rows.map((a) => a.occurredAt.getTime()).sort((x, y) => x - y),
    );
    const completed = rows.filter((a) => a.status === 'completed').length / rows.length;
    expect(completed).toBeGreaterThan(0.8);
    expect(copyLine(rows[0]).split('\t')).toHaveLength(9);
    expect(copyLine(rows[0]).endsWith('Z\n')).toBe(true);
  });

  it('reads --mentors and --activities', () => {
    expect(parseArgs(['--mentors', '10', '--activities', '200'])).toEqual({ mentors: 10, activities: 200 });
    expect(parseArgs([])).toEqual({ mentors: 5000, activities: 1_000_000 });
    expect(() => parseArgs(['--mentors', 'x'])).toThrow(/--mentors/);
  });
});
