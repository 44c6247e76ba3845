// The detail view of the peer-mentor-bloc contract: its one federated query and the `loaded` state shape.
import { z } from 'zod';
import { isoSeconds } from '../../lib/dates.js';
import { snakeKeys } from './case.js';
import { dateTimeFormat, present } from './shared.js';
import { graphql } from './gql/index.js';
import type { MentorDetailQuery } from './gql/graphql.js';
import type { RestValues } from './values.js';

/** The whole detail view in one federated query (mentors + stats subgraphs). */
export { MentorDetailDocument } from '../detail-query.js';

/** The light check of a kept view: does the mentor exist, and what do its data versions say now. */
export const MentorDetailVersionsDocument = graphql(`
  query MentorDetailVersions($id: ID!) {
    mentor(id: $id) {
      id
      detailVersion
      activityVersion
    }
  }
`);

/** `mentor` as the detail query returns it to REST (and as a snapshot keeps it). */
export type MentorDetailData = RestValues<NonNullable<MentorDetailQuery['mentor']>>;

/** The contract's `loaded` state from the detail data and when it was loaded. */
export function loadedState(m: MentorDetailData, loadedAt: Date) {
  const summary = present(m.activitySummary, 'the activity summary');
  return snakeKeys({
    mentorId: m.id,
    state: 'loaded',
    profile: {
      fullName: m.fullName,
      email: m.email,
      orgId: m.orgId,
      status: m.currentStatus,
      isPaused: m.status?.isPaused ?? false,
    },
    certification: m.certification && {
      expiryDate: m.certification.expiryDate,
      daysUntilExpiry: m.certification.daysUntilExpiry,
      isWithinWarningWindow: m.certification.isWithinWarningWindow,
    },
    activitySummary: {
      totalSessions: summary.totalSessions,
      totalActivities: summary.totalActivities,
      period: summary.period,
    },
    activeAssignments: m.activeAssignments.map((a) => ({
      assignmentId: a.id,
      contactName: a.contactName,
      status: a.status,
    })),
    loadedAt: isoSeconds(loadedAt),
  });
}

/** A mentor status as the contract prints it. */
export const statusEnum = z.enum(['active', 'paused', 'inactive']);
/** An ISO 8601 UTC timestamp with seconds and `Z`. */
export const timestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
  .meta(dateTimeFormat);

/** The `loaded` state as the contract prints it. */
export const loadedStateSchema = z
  .object({
    mentor_id: z.string(),
    state: z.literal('loaded'),
    profile: z.object({
      full_name: z.string(),
      email: z.string(),
      org_id: z.string(),
      status: statusEnum,
      is_paused: z.boolean(),
    }),
    certification: z
      .object({
        expiry_date: timestamp,
        days_until_expiry: z.number().int(),
        is_within_warning_window: z.boolean(),
      })
      .nullable(),
    activity_summary: z.object({
      total_sessions: z.number().int(),
      total_activities: z.number().int(),
      period: z.literal('month'),
    }),
    active_assignments: z.array(
      z.object({ assignment_id: z.string(), contact_name: z.string(), status: z.literal('open') }),
    ),
    loaded_at: timestamp,
  })
  .strict();
