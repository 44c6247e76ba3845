// Who may see which mentors' milestones (issue 17), for the root fields and writes of the milestones subgraph.
import { maySeeMentor } from '../../lib/caller.js';
import { notFound } from '../../lib/errors.js';
import type { Context } from './context.js';
import { mentorOrgs } from './calls/index.js';
import type { MilestoneFilter } from './store.js';
import * as store from './store.js';

/**
 * NOT_FOUND unless the mentors subgraph knows this mentor and the caller may see them (one call, which also answers
 * the request's visibility loader for this mentor).
 */
export async function requireVisibleMentor(ctx: Context, mentorId: string): Promise<void> {
  const orgId = (await mentorOrgs(ctx, [mentorId])).get(mentorId);
  const visible = orgId !== undefined && maySeeMentor(ctx.access, mentorId, orgId);
  ctx.loaders.visible.prime(mentorId, visible);
  if (!visible) throw notFound('mentor', mentorId);
}

/**
 * The list filter narrowed to the mentors the caller may see, or null when none can match: a mentor's own rows;
 * a coordinator's organisation (the mentors with matching rows, one statement, then their visibility, one call).
 */
export async function scopedFilter(ctx: Context, f: MilestoneFilter): Promise<MilestoneFilter | null> {
  const access = ctx.access;
  switch (access.kind) {
    case 'all':
      return f;
    case 'none':
      return null;
    case 'mentor':
      return f.mentorId && f.mentorId !== access.mentorId ? null : { ...f, mentorId: access.mentorId };
    case 'org': {
      if (f.mentorId) return f; // checked by requireVisibleMentor
      const ids = await store.mentorIdsMatching(ctx.db, f);
      const seen = await ctx.loaders.visible.loadMany(ids);
      const visible = ids.filter((_, i) => seen[i] === true);
      return visible.length ? { ...f, mentorIds: visible } : null;
    }
  }
}
