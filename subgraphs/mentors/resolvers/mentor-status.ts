// Resolvers of MentorStatus: derived `isPaused` and the active pause's dates.
import type { MentorStatusResolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';
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
  history: (s, _a, ctx) => ctx.loaders.history.load(s.mentorId),
};
