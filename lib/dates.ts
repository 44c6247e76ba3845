// Date formatting shared by every subgraph: the exact forms the contracts print.

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
