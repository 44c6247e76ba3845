// Date formatting shared by every subgraph: the exact forms the contracts print; the range every date input must be in.
import { badRequest } from './errors.js';

/** ISO 8601 UTC with seconds and `Z`: `2026-03-20T14:32:00Z`. */
export function isoSeconds(d: Date): string;
export function isoSeconds(d: Date | null | undefined): string | null;
export function isoSeconds(d: Date | null | undefined): string | null {
  if (!d) return null;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A calendar date `YYYY-MM-DD` (UTC). */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` date printed as a timestamp at UTC midnight: `2028-01-20T00:00:00Z`. */
export function dateAsTimestamp(date: string): string {
  return `${date}T00:00:00Z`;
}

/** Today's UTC date at midnight. */
export function todayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD` or Date at UTC midnight); negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

/** Parses a strict `YYYY-MM-DD` into a UTC-midnight Date, or null when it is not a real date. */
export function parseIsoDate(s: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDate(d) === s ? d : null;
}

/** Parses an ISO 8601 timestamp with an explicit zone (`Z` or `±hh:mm`), or null. */
export function parseIsoTimestamp(s: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.test(s)) return null;
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return null;
  return parseIsoDate(s.slice(0, 10)) ? d : null;
}

/*
 * THE range of every date the API takes (REST query and body parameters, GraphQL arguments and input fields, a
 * report's session_date): UTC calendar dates 1900-01-01 … 2999-12-31, both included; a timestamp's UTC instant must
 * fall on one of them, a month (YYYY-MM) or a year inside them. Outside → 400, or the status the input's row uses
 * for a malformed date. Why these bounds: the API derives further dates from an input — a window starting 364 days
 * before it (last_365_days), the day after an end (half-open SQL bounds), the 30 days before the end of the "new
 * milestones" window, month and year axes, streaks walking back from it — all within about a year of it. Any input
 * in this range keeps every derived date a 4-digit year AD, which JavaScript prints as `YYYY-MM-DD` and PostgreSQL
 * accepts; outside it, `0001-01-01` minus 29 days gives `0000-12-03` (PostgreSQL has no year 0) and `9999-12-31`
 * plus a day `+010000-01-01`, both 500s before. Years 0..99 are also misread by `Date.UTC` (as 1900..1999).
 */

/** The years of the range, for year and month inputs. */
export const EARLIEST_YEAR = 1900;
/** Last year of the range. */
export const LATEST_YEAR = 2999;
/** Earliest date any date input may name. */
export const EARLIEST_DATE = `${EARLIEST_YEAR}-01-01`;
/** Latest date any date input may name. */
export const LATEST_DATE = `${LATEST_YEAR}-12-31`;
/** The range as messages and docs print it. */
export const DATE_RANGE = `${EARLIEST_DATE} to ${LATEST_DATE}`;

const rangeStart = Date.UTC(EARLIEST_YEAR, 0, 1);
const rangeEnd = Date.UTC(LATEST_YEAR + 1, 0, 1);

/** True when a date or timestamp (its UTC instant) lies on a day of the range. */
export function inDateRange(d: Date): boolean {
  const t = d.getTime();
  return t >= rangeStart && t < rangeEnd;
}

/** True for a year of the range. */
export const inYearRange = (y: number) => y >= EARLIEST_YEAR && y <= LATEST_YEAR;

/** Throws the 400 of a parsed date input outside the range (saying what is allowed, what came); returns the date. */
export function checkDateRange(name: string, d: Date, got: string): Date {
  if (!inDateRange(d)) throw badRequest(`${name} must be a date from ${DATE_RANGE} (UTC), got '${got}'`);
  return d;
}
