// Mentor.personalStats: the definitions of the README section "Personal statistics definitions".
import type { Db } from '../../lib/db.js';
import type { Weekday } from './generated.js';
import { streakAndFirstDay, windowGroups, type WindowGroup } from './personal-store.js';
import { peerRank } from './peer-rank.js';
import { windowOf, type StatsPeriod } from './windows.js';

const weekdays: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** part/whole rounded half up to `digits` decimals, from integers (no binary drift at the halves). */
export const ratio = (part: number, whole: number, digits: number) =>
  Math.round((part * 10 ** digits) / whole) / 10 ** digits;

/** Hours from minutes, one decimal. */
export const hoursOf = (minutes: number) => Math.round(minutes / 6) / 10;

/** The key with the largest count; ties go to the key that `before` orders first. Null when empty. */
export function argMax<K>(counts: Map<K, number>, before: (a: K, b: K) => boolean): K | null {
  let best: K | null = null;
  for (const [k, n] of counts) {
    const bestN = best === null ? -1 : counts.get(best)!;
    if (n > bestN || (n === bestN && best !== null && before(k, best))) best = k;
  }
  return best;
}

/** The window figures from the grouped rows (pure; the unit the definitions are pinned on). */
export function summarise(groups: WindowGroup[]) {
  let total = 0,
    completed = 0,
    completedMinutes = 0;
  const byType = new Map<string, number>();
  const byDay = new Map<number, number>();
  for (const g of groups) {
    total += g.n;
    if (g.status === 'completed') {
      completed += g.n;
      completedMinutes += g.minutes;
    }
    byType.set(g.typeKey, (byType.get(g.typeKey) ?? 0) + g.n);
    byDay.set(g.weekday, (byDay.get(g.weekday) ?? 0) + g.n);
  }
  const day = argMax(byDay, (a, b) => a < b);
  return {
    totalActivities: total,
    completedActivities: completed,
    cancelledActivities: total - completed,
    completionRate: total === 0 ? 0 : ratio(completed, total, 3),
    avgSessionDurationMinutes: completed === 0 ? 0 : Math.round(completedMinutes / completed),
    totalHoursLogged: hoursOf(completedMinutes),
    mostCommonActivityType: argMax(byType, (a, b) => a < b),
    mostActiveWeekday: day === null ? null : weekdays[day - 1],
  };
}

/** Integer percent (half up) of the others with strictly fewer completed activities; 100 without others. */
export const percentile = (others: number, fewer: number) => (others === 0 ? 100 : Math.round((fewer * 100) / others));

/** All of personalStats for one mentor; `end` is the checked asOf date. */
export async function personalStats(db: Db, mentorId: string, orgId: string, period: StatsPeriod, end: string) {
  const w = windowOf(period, end);
  const [groups, peers, streak] = await Promise.all([
    windowGroups(db, mentorId, w),
    peerRank(db, mentorId, orgId, w),
    streakAndFirstDay(db, mentorId, end),
  ]);
  return {
    mentorId,
    period,
    startDate: w.start ?? streak.firstDay ?? end,
    endDate: end,
    ...summarise(groups),
    peerRankPercentile: percentile(peers.others, peers.fewer),
    streakDays: streak.streak,
  };
}
