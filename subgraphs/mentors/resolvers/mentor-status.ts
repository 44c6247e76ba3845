// Resolvers of MentorStatus: derived `isPaused`, the active pause's dates, the latest status changes.
import type { MentorStatusResolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
import { boundArg } from '../../../lib/pagination.js';
import { mentorOf } from './mentor.js';

/** MentorStatus fields. */
export const MentorStatus: MentorStatusResolvers = {
  id: (s) => s.mentorId,
  mentor: (s, _a, ctx) => mentorOf(ctx, s.mentorId),
  isPaused: (s) => s.status === 'paused',
  pauseStartDate: (s) => isoSeconds(s.activePause?.startDate),
  expectedReturnDate: (s) => isoSeconds(s.activePause?.expectedReturnDate),
  pauseReason: (s) => s.activePause?.reason ?? null,
  lastUpdated: (s) => isoSeconds(s.lastUpdated),
  history: async (s, { last }, ctx) => {
    const n = boundArg('last', last);
    return (await ctx.loaders.history.load(s.mentorId)).slice(-n);
  },
};
