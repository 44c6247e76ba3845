// Calendar windows (UTC) of the activity summary: current week (from Monday), month or year.
import type { SummaryPeriod } from './generated.js';

/** A half-open UTC window [start, end). */
export interface Window {
  start: Date;
  end: Date;
}

/** The calendar window of `period` that contains `now`. */
export function calendarWindow(period: SummaryPeriod, now: Date): Window {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  if (period === 'year') return { start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y + 1, 0, 1)) };
  if (period === 'month') return { start: new Date(Date.UTC(y, m, 1)), end: new Date(Date.UTC(y, m + 1, 1)) };
  const sinceMonday = (now.getUTCDay() + 6) % 7;
  const start = new Date(Date.UTC(y, m, now.getUTCDate() - sinceMonday));
  return { start, end: new Date(start.getTime() + 7 * 86_400_000) };
}
