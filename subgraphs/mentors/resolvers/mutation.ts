// Mutation resolvers of the mentors subgraph: each write is one transaction in writes/; each answers its payload with
// the changed record and the mentor as it is after the write (read after the commit, through the request's loader).
// Status and pause writes are coordinator actions (writes/guard.ts); the verified caller is recorded as their actor.
import type { MutationResolvers } from '../generated.js';
import { actorOf, requireOrgWrite } from '../../../lib/caller.js';
import { createMentor } from '../writes/mentor.js';
import { createStatus, deleteStatus, updateStatus } from '../writes/status.js';
import { createPause, deletePause, updatePause } from '../writes/pause.js';
import { mayChangeMentor, mayChangePause } from '../writes/guard.js';
import { mentorOf } from './mentor.js';

/** Mentor, status and pause record writes. */
export const Mutation: MutationResolvers = {
  createMentor: async (_p, { input }, ctx) => {
    requireOrgWrite(ctx.access, input.orgId, 'a mentor');
    return { mentor: await createMentor(ctx.db, input) };
  },
  createMentorStatus: async (_p, { input }, ctx) => {
    await mayChangeMentor(ctx, input.mentorId, 'creating a status record');
    const mentorStatus = await createStatus(ctx, input, actorOf(ctx.access));
    return { mentorStatus, mentor: await mentorOf(ctx, mentorStatus.mentorId) };
  },
  updateMentorStatus: async (_p, { mentorId, input }, ctx) => {
    await mayChangeMentor(ctx, mentorId, 'changing a status');
    const mentorStatus = await updateStatus(ctx, mentorId, input, actorOf(ctx.access));
    return { mentorStatus, mentor: await mentorOf(ctx, mentorStatus.mentorId) };
  },
  deleteMentorStatus: async (_p, { mentorId }, ctx) => {
    await mayChangeMentor(ctx, mentorId, 'deleting a status record');
    const done = await deleteStatus(ctx, mentorId, actorOf(ctx.access));
    return { deletedId: done.deletedId, mentor: await mentorOf(ctx, done.mentorId) };
  },
  createPauseRecord: async (_p, { input }, ctx) => {
    await mayChangeMentor(ctx, input.mentorId, 'pausing a mentor');
    const pauseRecord = await createPause(ctx, input, actorOf(ctx.access));
    return { pauseRecord, mentor: await mentorOf(ctx, pauseRecord.mentorId) };
  },
  updatePauseRecord: async (_p, { id, input }, ctx) => {
    await mayChangePause(ctx, id, 'changing a pause record');
    const pauseRecord = await updatePause(ctx, id, input, actorOf(ctx.access));
    return { pauseRecord, mentor: await mentorOf(ctx, pauseRecord.mentorId) };
  },
  deletePauseRecord: async (_p, { id }, ctx) => {
    await mayChangePause(ctx, id, 'deleting a pause record');
    const done = await deletePause(ctx, id, actorOf(ctx.access));
    return { deletedId: done.deletedId, mentor: await mentorOf(ctx, done.mentorId) };
  },
};
