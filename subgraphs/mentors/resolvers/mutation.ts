// Mutation resolvers of the mentors subgraph: each write is one transaction in writes/.
import type { MutationResolvers } from '../generated.js';
import { createMentor } from '../writes/mentor.js';
import { createStatus, deleteStatus, updateStatus } from '../writes/status.js';
import { createPause, deletePause, updatePause } from '../writes/pause.js';

/** Mentor, status and pause record writes. */
export const Mutation: MutationResolvers = {
  createMentor: (_p, { input }, ctx) => createMentor(ctx.db, input),
  createMentorStatus: (_p, { input }, ctx) => createStatus(ctx, input),
  updateMentorStatus: (_p, { mentorId, input }, ctx) => updateStatus(ctx, mentorId, input),
  deleteMentorStatus: (_p, { mentorId }, ctx) => deleteStatus(ctx, mentorId),
  createPauseRecord: (_p, { input }, ctx) => createPause(ctx, input),
  updatePauseRecord: (_p, { id, input }, ctx) => updatePause(ctx, id, input),
  deletePauseRecord: (_p, { id }, ctx) => deletePause(ctx, id),
};
