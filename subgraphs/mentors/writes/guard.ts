// Who may change a mentor's status and pause records (issue 17): coordinators of the mentor's organisation and
// admins. Checked before the write's transaction; a mentor the caller may not see is not found, as an unknown one.
import { requireCoordinator } from '../../../lib/caller.js';
import { notFound } from '../../../lib/errors.js';
import { pauseRecordsByIds } from '../pause-store.js';
import { checkId } from '../input.js';
import type { Context } from '../context.js';

/** 403 for a mentor (or a caller without a role), then 404 when the caller may not see mentor `mentorId`. */
export async function mayChangeMentor(ctx: Context, mentorIdIn: string, action: string): Promise<void> {
  requireCoordinator(ctx.access, action);
  if (ctx.access.kind === 'all') return;
  const mentorId = checkId('mentor_id', mentorIdIn);
  if (!(await ctx.loaders.mentor.load(mentorId))) throw notFound('mentor', mentorId);
}

/**
 * 403 for a mentor, then 404 when the pause record is not of a mentor the caller may see. Read directly, not through
 * the request's loader, so the payload's reads after the write do not meet the record as it was before it.
 */
export async function mayChangePause(ctx: Context, idIn: string, action: string): Promise<void> {
  requireCoordinator(ctx.access, action);
  if (ctx.access.kind === 'all') return;
  const id = checkId('pause_record_id', idIn);
  const [row] = await pauseRecordsByIds(ctx.db, [id]);
  if (!row || !(await ctx.loaders.mentor.load(row.mentorId))) throw notFound('pause record', id);
}
