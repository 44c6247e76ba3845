// Windows of the personal statistics (UTC calendar dates, inclusive on both ends) and month arithmetic.
import { badRequest, unprocessable } from '../../lib/errors.js';
import {
  checkDateRange,
  EARLIEST_YEAR,
  inYearRange,
  isoDate,
  LATEST_YEAR,
  parseIsoDate,
  todayUtc,
} from '../../lib/dates.js';

/** Period names as the schema spells them. */
export type StatsPeriod =
  'last_7_days' | 'last_30_days' | 'last_90_days' | 'last_365_days' | 'year_to_date' | 'all_time';

/** An inclusive window of UTC dates; `start` is null for all_time (no lower bound). */
export interface DateWindow {
  start: string | null;
  end: string;
}

const DAY = 86_400_000;
const lastDays: Partial<Record<StatsPeriod, number>> = {
  last_7_days: 7,
  last_30_days: 30,
  last_90_days: 90,
  last_365_days: 365,
};

/** `YYYY-MM-DD` plus `n` days. */
export function addDays(date: string, n: number): string {
  return isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY));
}

/** The end date: `asOf` (checked, 400 when not a real YYYY-MM-DD of the date range) or today in UTC. */
export function endDateOf(asOf: string | null | undefined, now: Date): string {
  if (asOf === null || asOf === undefined) return isoDate(todayUtc(now));
  const d = parseIsoDate(asOf);
  if (!d) throw badRequest(`asOf must be a date YYYY-MM-DD, got '${asOf}'`);
  checkDateRange('asOf', d, asOf);
  return asOf;
}

/** The window of `period` ending at `end`: last_N_days starts N−1 days before; year_to_date on 1 January. */
export function windowOf(period: StatsPeriod, end: string): DateWindow {
  const n = lastDays[period];
  if (n) return { start: addDays(end, -(n - 1)), end };
  if (period === 'year_to_date') return { start: `${end.slice(0, 4)}-01-01`, end };
  return { start: null, end };
}

/** Half-open timestamp bounds [from, to) of a date window as ISO strings, for `occurred_at` comparisons. */
export function timeBounds(w: DateWindow): { from: string | null; to: string } {
  return { from: w.start ? `${w.start}T00:00:00Z` : null, to: `${addDays(w.end, 1)}T00:00:00Z` };
}

/** A calendar month. */
export interface YearMonth {
  year: number;
  month: number;
}

/** Parses `YYYY-MM` of a year of the date range (400 otherwise). */
export function parseYearMonth(s: string, name: string): YearMonth {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw badRequest(`${name} must be a month YYYY-MM, got '${s}'`);
  if (!inYearRange(Number(m[1])))
    throw badRequest(`${name} must be a month from ${EARLIEST_YEAR}-01 to ${LATEST_YEAR}-12, got '${s}'`);
  return { year: Number(m[1]), month };
}

/** Index of a month on one axis (year·12 + month − 1), so ranges are plain integer ranges. */
export const monthIndex = (ym: YearMonth) => ym.year * 12 + ym.month - 1;

/** The month at an index. */
export const monthAt = (i: number): YearMonth => ({ year: Math.floor(i / 12), month: (i % 12) + 1 });

const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Jan 2026`. */
export const monthLabel = (ym: YearMonth) => `${names[ym.month - 1]} ${ym.year}`;

/** The month of a `YYYY-MM-DD` date. */
export const monthOf = (date: string): YearMonth => ({
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
});

/** Checks an optional inclusive range of years (each a year of the date range, else 400; from ≤ to, else 422). */
export function checkYearRange(fromYear?: number | null, toYear?: number | null): void {
  for (const [name, y] of [
    ['fromYear', fromYear],
    ['toYear', toYear],
  ] as const) {
    if (y !== null && y !== undefined && !inYearRange(y))
      throw badRequest(`${name} must be a year from ${EARLIEST_YEAR} to ${LATEST_YEAR}, got ${y}`);
  }
  if (fromYear != null && toYear != null && fromYear > toYear) {
    throw unprocessable(`fromYear must not be after toYear, got ${fromYear} > ${toYear}`);
  }
}
