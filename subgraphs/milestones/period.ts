// Date ranges of detection periods and of the "new milestones" window.
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

const DAY = 86_400_000;

/** An inclusive UTC date range: `start` and `end` at midnight, `endExclusive` the day after `end`. */
export interface DateRange {
  start: Date;
  end: Date;
  endExclusive: Date;
  startDate: string;
  endDate: string;
}

function parse(name: string, s: string): Date {
  const d = parseIsoDate(s);
  if (!d) throw badRequest(`${name} must be a date YYYY-MM-DD, got '${s}'`);
  return checkDateRange(name, d, s);
}

function range(start: Date, end: Date): DateRange {
  if (end < start) throw unprocessable(`end date ${isoDate(end)} is before start date ${isoDate(start)}`);
  return { start, end, endExclusive: new Date(end.getTime() + DAY), startDate: isoDate(start), endDate: isoDate(end) };
}

/** A detection period: both dates (within `year` when given), or only `year` for its calendar year. */
export function detectionPeriod(p: {
  year?: number | null;
  startDate?: string | null;
  endDate?: string | null;
}): DateRange {
  if (p.year != null && !inYearRange(p.year))
    throw unprocessable(`period year must be from ${EARLIEST_YEAR} to ${LATEST_YEAR}, got ${p.year}`);
  if (p.startDate == null && p.endDate == null) {
    if (p.year == null) throw badRequest('period needs startDate and endDate, or year');
    return range(new Date(Date.UTC(p.year, 0, 1)), new Date(Date.UTC(p.year, 11, 31)));
  }
  if (p.startDate == null || p.endDate == null) throw badRequest('period needs both startDate and endDate');
  const r = range(parse('period startDate', p.startDate), parse('period endDate', p.endDate));
  if (p.year != null && (r.start.getUTCFullYear() !== p.year || r.end.getUTCFullYear() !== p.year)) {
    throw unprocessable(`period ${r.startDate}..${r.endDate} is not within year ${p.year}`);
  }
  return r;
}

/** The "new milestones" window: the given dates, by default the 30 days up to today (UTC). */
export function recentWindow(
  startDate: string | null | undefined,
  endDate: string | null | undefined,
  now: Date,
): DateRange {
  const end = endDate != null ? parse('endDate', endDate) : todayUtc(now);
  const start = startDate != null ? parse('startDate', startDate) : new Date(end.getTime() - 30 * DAY);
  return range(start, end);
}

/** When a milestone reached without a dated crossing counts as achieved: the period's last second, not after now. */
export function periodEnd(r: DateRange, now: Date): Date {
  const last = new Date(r.endExclusive.getTime() - 1000);
  return last < now ? last : new Date(Math.floor(now.getTime() / 1000) * 1000);
}
