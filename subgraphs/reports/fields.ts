// The rules of a report's `fields`: known fields, an organisation's own fields, and the merge of an update.
import { badRequest, unprocessable } from '../../lib/errors.js';
import { checkDateRange, parseIsoDate } from '../../lib/dates.js';
import type { ReportFieldValue } from './tables.js';
import type { ParticipantEngagement } from './generated.js';

/** Stored report fields. */
export type ReportFields = Record<string, ReportFieldValue>;

/** Most fields an organisation may add beside the known ones. */
export const MAX_CUSTOM_FIELDS = 50;
/** Longest text of a free-text field (known or custom). */
export const MAX_TEXT = 5000;
const engagementLevels: readonly string[] = ['low', 'medium', 'high', 'very_high'] satisfies ParticipantEngagement[];
const keyPattern = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

const shown = (v: unknown) => JSON.stringify(v)?.slice(0, 60) ?? String(v);

/** PostgreSQL cannot store NUL in text or json: a 400. */
function noNul(name: string, v: string): void {
  if (v.includes('\u0000')) throw badRequest(`fields.${name} must not contain NUL characters`);
}

function text(name: string, max: number) {
  return (v: unknown) => {
    if (typeof v !== 'string') throw badRequest(`fields.${name} must be a string, got ${shown(v)}`);
    noNul(name, v);
    if (v.length > max) throw unprocessable(`fields.${name} must be at most ${max} characters, got ${v.length}`);
  };
}

/** Checks of the known fields: wrong JSON type or form → 400, a broken rule → 422. */
const known: Record<string, (v: unknown) => void> = {
  session_date: (v) => {
    const d = typeof v === 'string' ? parseIsoDate(v) : null;
    if (!d) throw badRequest(`fields.session_date must be a date YYYY-MM-DD, got ${shown(v)}`);
    checkDateRange('fields.session_date', d, String(v));
  },
  attendance_count: (v) => {
    if (typeof v !== 'number') throw badRequest(`fields.attendance_count must be a number, got ${shown(v)}`);
    if (!Number.isInteger(v) || v < 0 || v > 1000)
      throw unprocessable(`fields.attendance_count must be an integer from 0 to 1000, got ${v}`);
  },
  session_topic: text('session_topic', 200),
  participant_engagement: (v) => {
    if (typeof v !== 'string') throw badRequest(`fields.participant_engagement must be a string, got ${shown(v)}`);
    if (!engagementLevels.includes(v)) {
      throw unprocessable(
        `fields.participant_engagement must be one of ${engagementLevels.join(', ')}, got ${shown(v)}`,
      );
    }
  },
  challenges_noted: text('challenges_noted', MAX_TEXT),
  mentor_notes: text('mentor_notes', MAX_TEXT),
  way_forward: text('way_forward', MAX_TEXT),
};

/** True for one of the documented field names. */
export const isKnownField = (name: string) => Object.hasOwn(known, name);

function checkCustom(name: string, v: unknown): void {
  if (!keyPattern.test(name)) {
    throw badRequest(`field names must be a letter then letters, digits or _ (at most 64), got ${shown(name)}`);
  }
  if (typeof v === 'string') {
    noNul(name, v);
    if (v.length > MAX_TEXT)
      throw unprocessable(`fields.${name} must be at most ${MAX_TEXT} characters, got ${v.length}`);
  } else if (!(typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))) {
    throw badRequest(
      `fields.${name} must be a string, number or boolean (no nested objects or lists), got ${shown(v)}`,
    );
  }
}

/** Checks the values of an incoming `fields` object; null (a removal) passes. */
export function checkFieldValues(patch: Record<string, unknown>): void {
  for (const [name, v] of Object.entries(patch)) {
    if (v === null) continue;
    if (isKnownField(name)) known[name](v);
    else checkCustom(name, v);
  }
}

/** `base` with `patch` merged in: a null value removes the field; kept keys stay in place, new ones are appended in the order sent. */
export function mergeFields(base: ReportFields, patch: Record<string, unknown>): ReportFields {
  const out: ReportFields = { ...base };
  for (const [name, v] of Object.entries(patch)) {
    if (v === null) delete out[name];
    else out[name] = v as ReportFieldValue;
  }
  return out;
}

/** Checks the rules of a whole report's fields: the custom field count, and session_date on a submitted report. */
export function checkReportFields(fields: ReportFields, status: string): void {
  const custom = Object.keys(fields).filter((k) => !isKnownField(k)).length;
  if (custom > MAX_CUSTOM_FIELDS) {
    throw unprocessable(`a report may carry at most ${MAX_CUSTOM_FIELDS} organisation fields, got ${custom}`);
  }
  if (status === 'submitted' && fields.session_date === undefined) {
    throw unprocessable('a submitted report needs fields.session_date, got none');
  }
}

/** True when both field sets hold the same keys and values. */
export function sameFields(a: ReportFields, b: ReportFields): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && b[k] === a[k]);
}

/** A stored participant_engagement as the GraphQL enum's value, or null when absent (writes check the set). */
export function engagementOf(v: ReportFieldValue | undefined): ParticipantEngagement | null {
  return typeof v === 'string' && engagementLevels.includes(v) ? (v as ParticipantEngagement) : null;
}
