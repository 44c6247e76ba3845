// Resolvers of Report: derived counts, timestamps in ISO form, and its owners as entity references.
import type { ReportResolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';

/** Report fields. */
export const Report: ReportResolvers = {
  id: (r) => r.reportId,
  fieldCount: (r) => Object.keys(r.fields).length,
  hasWayForward: (r) => typeof r.fields.way_forward === 'string' && r.fields.way_forward.trim() !== '',
  submittedAt: (r) => isoSeconds(r.submittedAt),
  createdAt: (r) => isoSeconds(r.createdAt),
  updatedAt: (r) => isoSeconds(r.updatedAt),
  activity: (r) => ({ id: r.activityId }),
  mentor: (r) => ({ id: r.peerMentorId }),
};
