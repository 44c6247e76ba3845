// Mutation resolvers of the mentors subgraph: each write is one transaction in writes/; each answers its payload with
// the changed record and the mentor as it is after the write (read after the commit, through the request's loader).
import type { MutationResolvers } from '../generated.js';
import { createMentor } from '../writes/mentor.js';
import { createStatus, deleteStatus, updateStatus } from '../writes/status.js';
import { createPause, deletePause, updatePause } from '../writes/pause.js';
import { mentorOf } from './mentor.js';

/** Mentor, status and pause record writes. */
export const Mutation: MutationResolvers = {
  createMentor: async (_p, { input }, ctx) => ({ mentor: await createMentor(ctx.db, input) }),
  createMentorStatus: async (_p, { input }, ctx) => {
    const mentorStatus = await createStatus(ctx, input);
    return { mentorStatus, mentor: await mentorOf(ctx, mentorStatus.mentorId) };
  },
  updateMentorStatus: async (_p, { mentorId, input }, ctx) => {
    const mentorStatus = await updateStatus(ctx, mentorId, input);
    return { mentorStatus, mentor: await mentorOf(ctx, mentorStatus.mentorId) };
  },
  deleteMentorStatus: async (_p, { mentorId }, ctx) => {
    const done = await deleteStatus(ctx, mentorId);
    return { deletedId: done.deletedId, mentor: await mentorOf(ctx, done.mentorId) };
  },
  createPauseRecord: async (_p, { input }, ctx) => {
    const pauseRecord = await createPause(ctx, input);
    return { pauseRecord, mentor: await mentorOf(ctx, pauseRecord.mentorId) };
  },
  updatePauseRecord: async (_p, { id, input }, ctx) => {
    const pauseRecord = await updatePause(ctx, id, input);
    return { pauseRecord, mentor: await mentorOf(ctx, pauseRecord.mentorId) };
  },
  deletePauseRecord: async (_p, { id }, ctx) => {
    const done = await deletePause(ctx, id);
    return { deletedId: done.deletedId, mentor: await mentorOf(ctx, done.mentorId) };
  },
};
