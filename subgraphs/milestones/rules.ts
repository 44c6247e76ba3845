// Pure milestone rules: which thresholds a value reaches, progress figures, and input checks.
import { unprocessable } from '../../lib/errors.js';
import type { MilestoneDefinitionRow } from './tables.js';

/** The three things milestones measure, in the order lists show them. */
export const milestoneTypes = ['hours_logged', 'contacts_helped', 'activity_count'] as const;

/** One milestone type. */
export type MilestoneType = (typeof milestoneTypes)[number];

/** A period's values per type. */
export type Values = Record<MilestoneType, number>;

/** One row detection wants persisted. */
export interface Detected {
  key: string;
  type: MilestoneType;
  threshold: number;
  status: 'achieved' | 'in_progress';
  value: number;
}

/**
 * For each type: every threshold ≤ the value is achieved; the lowest threshold above it is in progress
 * (skipping thresholds `alreadyAchieved` holds: a milestone never goes back); higher ones are not listed.
 */
export function detect(
  catalog: MilestoneDefinitionRow[],
  values: Values,
  alreadyAchieved: ReadonlySet<string> = new Set(),
): Detected[] {
  const out: Detected[] = [];
  for (const type of milestoneTypes) {
    const defs = catalog.filter((d) => d.type === type).sort((a, b) => a.threshold - b.threshold);
    const value = values[type];
    for (const d of defs) {
      if (value >= d.threshold) {
        out.push({ key: d.key, type, threshold: d.threshold, status: 'achieved', value });
      } else if (!alreadyAchieved.has(d.key)) {
        out.push({ key: d.key, type, threshold: d.threshold, status: 'in_progress', value });
        break;
      }
    }
  }
  return out;
}

/** floor(value / threshold × 100), immune to binary rounding (47 of 50 is 94, not 93). */
export function progressPercentage(value: number, threshold: number): number {
  return Math.floor((value * 100) / threshold + 1e-9);
}

/** threshold − value without binary noise (50 − 47.3 is 2.7). */
export function remaining(value: number, threshold: number): number {
  return Number(Math.max(0, threshold - value).toFixed(6));
}

/** A measured value must be a finite number ≥ 0 (422 otherwise). */
export function checkValue(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw unprocessable(`${name} must be a number ≥ 0, got ${value}`);
  return value;
}
