// Resolvers of Report: derived counts, timestamps in ISO form, and its owners as entity references.
import type { ReportResolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
import { engagementOf } from '../fields.js';

/** Report fields. */
export const Report: ReportResolvers = {
  id: (r) => r.reportId,
  sessionDate: (r) => (typeof r.fields.session_date === 'string' ? r.fields.session_date : null),
  participantEngagement: (r) => engagementOf(r.fields.participant_engagement),
  fieldCount: (r) => Object.keys(r.fields).length,
  hasWayForward: (r) => typeof r.fields.way_forward === 'string' && r.fields.way_forward.trim() !== '',
  submittedAt: (r) => isoSeconds(r.submittedAt),
  createdAt: (r) => isoSeconds(r.createdAt),
  updatedAt: (r) => isoSeconds(r.updatedAt),
  activity: (r) => ({ id: r.activityId }),
  mentor: (r) => ({ id: r.peerMentorId }),
};
