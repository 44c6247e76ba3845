// Detection rules and labels as pure functions: every threshold edge, progress arithmetic, each sentence.
import { describe, expect, it } from 'vitest';
import { detect, progressPercentage, remaining } from '../../subgraphs/milestones/rules.js';
import { accessibilityLabel } from '../../subgraphs/milestones/labels.js';
import { milestoneCatalog } from '../../subgraphs/milestones/seed.js';

const catalog = milestoneCatalog;
const run = (h: number, c: number, a: number, already?: string[]) =>
  detect(catalog, { hours_logged: h, contacts_helped: c, activity_count: a }, new Set(already)).map(
    (d) => `${d.key}=${d.status}`,
  );

describe('detect', () => {
  it('achieves a threshold exactly at the value and puts the next one in progress', () => {
    expect(run(100, 50, 250)).toEqual([
      'milestone_10h=achieved',
      'milestone_50h=achieved',
      'milestone_100h=achieved',
      'milestone_300h=in_progress',
      'milestone_10contacts=achieved',
      'milestone_25contacts=achieved',
      'milestone_50contacts=achieved',
      'milestone_100contacts=in_progress',
      'milestone_10activities=achieved',
      'milestone_50activities=achieved',
      'milestone_100activities=achieved',
      'milestone_250activities=achieved',
      'milestone_500activities=in_progress',
    ]);
  });

  it('keeps a threshold in progress one below it (and a fraction below it)', () => {
    expect(run(99, 49, 249)).toEqual([
      'milestone_10h=achieved',
      'milestone_50h=achieved',
      'milestone_100h=in_progress',
      'milestone_10contacts=achieved',
      'milestone_25contacts=achieved',
      'milestone_50contacts=in_progress',
      'milestone_10activities=achieved',
      'milestone_50activities=achieved',
      'milestone_100activities=achieved',
      'milestone_250activities=in_progress',
    ]);
    expect(run(99.9, 0, 0)[2]).toBe('milestone_100h=in_progress');
  });

  it('puts only the first threshold of each type in progress at zero', () => {
    expect(run(0, 0, 0)).toEqual([
      'milestone_10h=in_progress',
      'milestone_10contacts=in_progress',
      'milestone_10activities=in_progress',
    ]);
  });

  it('lists no in-progress milestone once the top threshold is reached', () => {
    expect(run(1000, 100, 500).filter((s) => s.endsWith('in_progress'))).toEqual([]);
    expect(run(1000, 100, 500)).toHaveLength(15);
  });

  it('skips thresholds already achieved when choosing the next goal (a milestone never goes back)', () => {
    expect(run(40, 0, 0, ['milestone_50h', 'milestone_100h'])).toEqual([
      'milestone_10h=achieved',
      'milestone_300h=in_progress',
      'milestone_10contacts=in_progress',
      'milestone_10activities=in_progress',
    ]);
  });
});

describe('progress arithmetic', () => {
  it('floors the percentage without binary noise and rounds the remainder', () => {
    expect(progressPercentage(47, 50)).toBe(94);
    expect(progressPercentage(0, 10)).toBe(0);
    expect(progressPercentage(99.9, 100)).toBe(99);
    expect(progressPercentage(29.4, 50)).toBe(58);
    expect(remaining(47.3, 50)).toBe(2.7);
    expect(remaining(0, 10)).toBe(10);
  });
});

describe('accessibility labels', () => {
  const at = new Date('2025-07-14T16:30:00Z');
  const label = (type: string, status: string, threshold: number, value: number, withRemaining = false) =>
    accessibilityLabel(
      { type, status, threshold, value, achievedAt: status === 'achieved' ? at : null },
      withRemaining,
    );

  it('says the contract sentences word for word', () => {
    expect(label('hours_logged', 'achieved', 100, 312.5)).toBe('You reached 100 hours of mentoring on July 14, 2025');
    expect(label('contacts_helped', 'in_progress', 50, 47)).toBe('You have helped 47 out of 50 unique contacts');
    expect(label('contacts_helped', 'in_progress', 50, 47, true)).toBe(
      'You have helped 47 out of 50 unique contacts, 3 remaining',
    );
  });

  it('speaks the other cases in the same voice', () => {
    expect(label('contacts_helped', 'achieved', 50, 52)).toBe('You reached 50 unique contacts helped on July 14, 2025');
    expect(label('activity_count', 'achieved', 250, 260)).toBe('You reached 250 activities on July 14, 2025');
    expect(label('hours_logged', 'in_progress', 500, 312.5)).toBe(
      'You have logged 312.5 out of 500 hours of mentoring',
    );
    expect(label('hours_logged', 'in_progress', 500, 312.5, true)).toBe(
      'You have logged 312.5 out of 500 hours of mentoring, 187.5 remaining',
    );
    expect(label('activity_count', 'in_progress', 250, 198)).toBe('You have completed 198 out of 250 activities');
    expect(label('activity_count', 'in_progress', 250, 198, true)).toBe(
      'You have completed 198 out of 250 activities, 52 remaining',
    );
  });

  it('dates in UTC, not local time', () => {
    const lateUtc = accessibilityLabel({
      type: 'hours_logged',
      status: 'achieved',
      threshold: 10,
      value: 10,
      achievedAt: new Date('2026-01-03T23:59:59Z'),
    });
    expect(lateUtc).toBe('You reached 10 hours of mentoring on January 3, 2026');
  });
});
