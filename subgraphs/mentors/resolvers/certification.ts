// Resolvers of Certification: expiry as a timestamp, days left and the warning window.
import type { CertificationResolvers } from '../generated.js';
import { dateAsTimestamp, daysBetween, parseIsoDate, todayUtc } from '../../../lib/dates.js';

/** Days before expiry from which the detail view warns (env CERT_WARNING_DAYS, default 90). */
export const warningWindowDays = Number(process.env.CERT_WARNING_DAYS ?? 90);

/** Whole days from today (UTC) to a `YYYY-MM-DD` expiry date; negative once expired. */
export function daysUntil(expiryDate: string, now: Date): number {
  return daysBetween(todayUtc(now), parseIsoDate(expiryDate) ?? todayUtc(now));
}

/** Certification fields. */
export const Certification: CertificationResolvers = {
  expiryDate: (c) => dateAsTimestamp(c.expiryDate),
  daysUntilExpiry: (c, _a, ctx) => daysUntil(c.expiryDate, ctx.now),
  isWithinWarningWindow: (c, _a, ctx) => {
    const days = daysUntil(c.expiryDate, ctx.now);
    return days >= 0 && days <= warningWindowDays;
  },
};
