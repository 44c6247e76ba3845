// Mentor.monthlySeries and Mentor.contributionHistory: calendar months and years of one mentor's log up to asOf.
import type { Db } from '../../lib/db.js';
import { paged, type PageArgs } from '../../lib/pagination.js';
import { unprocessable } from '../../lib/errors.js';
import { hoursOf } from './personal-stats.js';
import { firstActiveDay, monthTotals, type MonthTotals } from './series-store.js';
import { monthAt, monthIndex, monthLabel, monthOf, parseYearMonth } from './windows.js';

const key = (year: number, month: number) => year * 12 + month - 1;

/** Months from..to (YYYY-MM, default first active month..asOf's month), zero months included; counts end at asOf. */
export async function monthlySeries(
  db: Db,
  mentorId: string,
  end: string,
  range: { from?: string | null; to?: string | null },
  page: PageArgs,
) {
  const last = monthIndex(monthOf(end));
  const to = range.to ? monthIndex(parseYearMonth(range.to, 'to')) : last;
  if (to > last) throw unprocessable(`to must not be after the month of asOf (${end.slice(0, 7)}), got ${range.to}`);
  let from = range.from ? monthIndex(parseYearMonth(range.from, 'from')) : null;
  if (from !== null && from > to)
    throw unprocessable(`from must not be after to, got ${range.from} > ${range.to ?? end.slice(0, 7)}`);
  if (from === null) {
    const first = await firstActiveDay(db, mentorId, end);
    if (!first) return paged([], page, 0);
    from = monthIndex(monthOf(first));
  }
  const total = Math.max(0, to - from + 1);
  const lo = from + page.offset;
  const hi = Math.min(to, lo + page.limit - 1);
  if (lo > hi) return paged([], page, total);
  const a = monthAt(lo);
  const rows = await monthTotals(db, mentorId, `${a.year}-${String(a.month).padStart(2, '0')}-01`, end);
  const byMonth = new Map(rows.map((r) => [key(r.year, r.month), r]));
  const items = [];
  for (let i = lo; i <= hi; i++) {
    const ym = monthAt(i);
    const r = byMonth.get(i);
    items.push({
      ...ym,
      monthLabel: monthLabel(ym),
      totalActivities: r?.total ?? 0,
      completedActivities: r?.completed ?? 0,
      totalHours: hoursOf(r?.minutes ?? 0),
    });
  }
  return paged(items, page, total);
}

/** One heat-map year: all 12 months of a past year, months up to asOf's month for asOf's year. */
export function contributionYear(year: number, months: MonthTotals[], end: string) {
  const asOf = monthOf(end);
  const listed = year === asOf.year ? asOf.month : 12;
  const counts = new Map(months.map((m) => [m.month, m.total]));
  const monthlyBreakdown = Array.from({ length: listed }, (_x, i) => ({ month: i + 1, count: counts.get(i + 1) ?? 0 }));
  let peakMonth: number | null = null;
  for (const m of monthlyBreakdown)
    if (m.count > 0 && (peakMonth === null || m.count > monthlyBreakdown[peakMonth - 1].count)) peakMonth = m.month;
  return {
    year,
    totalActivities: months.reduce((s, m) => s + m.total, 0),
    totalHours: hoursOf(months.reduce((s, m) => s + m.minutes, 0)),
    monthlyBreakdown,
    peakMonth,
    zeroActivityMonths: monthlyBreakdown.filter((m) => m.count === 0).length,
  };
}

/** Years with activity up to asOf (optionally within fromYear..toYear), oldest first, one page. */
export async function contributionHistory(
  db: Db,
  mentorId: string,
  end: string,
  years: { fromYear?: number | null; toYear?: number | null },
  page: PageArgs,
) {
  const endYear = Number(end.slice(0, 4));
  const to = years.toYear != null && years.toYear < endYear ? `${String(years.toYear).padStart(4, '0')}-12-31` : end;
  const from = years.fromYear != null ? `${String(years.fromYear).padStart(4, '0')}-01-01` : null;
  const byYear = new Map<number, MonthTotals[]>();
  for (const m of await monthTotals(db, mentorId, from, to)) {
    const list = byYear.get(m.year);
    if (list) list.push(m);
    else byYear.set(m.year, [m]);
  }
  const all = [...byYear.keys()].sort((a, b) => a - b);
  const items = all.slice(page.offset, page.offset + page.limit).map((y) => contributionYear(y, byYear.get(y)!, end));
  return paged(items, page, all.length);
}
