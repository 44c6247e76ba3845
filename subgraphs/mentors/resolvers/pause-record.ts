// Resolvers of PauseRecord: timestamps in the contracts' ISO form.
import type { PauseRecordResolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
import { mentorOf } from './mentor.js';

/** PauseRecord fields. */
export const PauseRecord: PauseRecordResolvers = {
  mentor: (p, _a, ctx) => mentorOf(ctx, p.mentorId),
  startDate: (p) => isoSeconds(p.startDate),
  expectedReturnDate: (p) => isoSeconds(p.expectedReturnDate),
  endDate: (p) => isoSeconds(p.endDate),
  createdAt: (p) => isoSeconds(p.createdAt),
  updatedAt: (p) => isoSeconds(p.updatedAt),
};
