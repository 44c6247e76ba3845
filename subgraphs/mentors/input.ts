// Checks of mutation input in the mentors subgraph: wrong form → 400, a broken rule → 422.
import { badRequest, shownValue, unprocessable } from '../../lib/errors.js';
import { checkDateRange, parseIsoDate, parseIsoTimestamp } from '../../lib/dates.js';
import type { MentorState as Status } from './generated.js';
export type { Status };

/** Longest id (mentor, pause record, coordinator). */
export const MAX_ID = 64;
/** Longest metadata note. */
export const MAX_NOTES = 2000;

/** An id of 1..64 characters, else 400. */
export function checkId(field: string, v: string): string {
  if (v.length < 1 || v.length > MAX_ID)
    throw badRequest(`${field} must be 1 to ${MAX_ID} characters, got ${v.length}`);
  return v;
}

/** A string of at most `max` characters (null/undefined pass), else 400. */
export function checkLength(field: string, v: string | null | undefined, max: number): string | null {
  if (v == null) return null;
  if (v.length > max) throw badRequest(`${field} must be at most ${max} characters, got ${v.length}`);
  return v;
}

/** An ISO 8601 timestamp with a zone or a `YYYY-MM-DD` date (UTC midnight) of the date range; null/undefined pass; else 400. */
export function parseWhen(field: string, v: string | null | undefined): Date | null {
  if (v == null) return null;
  const d = v.length === 10 ? parseIsoDate(v) : parseIsoTimestamp(v);
  if (!d)
    throw badRequest(
      `${field} must be an ISO 8601 timestamp like 2026-03-26T00:00:00Z or a date YYYY-MM-DD, got ${shownValue(v)}`,
    );
  return checkDateRange(field, d, v);
}

/** `later` not before `start`, else 422. */
export function checkOrder(field: string, later: Date | null, start: Date): void {
  if (later && later.getTime() < start.getTime()) {
    throw unprocessable(
      `${field} must not be before the start date ${start.toISOString()}, got ${later.toISOString()}`,
    );
  }
}

/** `isPaused`, when given, must say the same as `status`, else 422. */
export function checkConsistent(status: Status, isPaused: boolean | null | undefined): void {
  if (isPaused != null && isPaused !== (status === 'paused')) {
    throw unprocessable(`is_paused must be ${status === 'paused'} when status is '${status}', got ${isPaused}`);
  }
}

/** Who changed a status and why. */
export interface Metadata {
  initiatedBy: string | null;
  notes: string | null;
}

/**
 * Checks the metadata lengths (initiated_by ≤ 64, notes ≤ 2000). With authentication on, `actor` (the verified
 * caller) is who initiated the change, whatever the body says; without it, the body's `initiated_by` is kept.
 */
export function checkMetadata(
  m: { initiatedBy?: string | null; notes?: string | null } | null | undefined,
  actor: string | null = null,
): Metadata {
  const claimed = checkLength('metadata.initiated_by', m?.initiatedBy, MAX_ID);
  return {
    initiatedBy: actor ?? claimed,
    notes: checkLength('metadata.notes', m?.notes, MAX_NOTES),
  };
}
