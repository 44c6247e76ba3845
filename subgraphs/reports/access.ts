// Who may see and write which reports (issue 17): a report belongs to its mentor and their organisation.
import { apiError } from '../../lib/errors.js';
import { maySeeMentor, requireOrgWrite, type Access } from '../../lib/caller.js';
import type { ReportRow } from './tables.js';
import type { ReportFilter } from './store.js';

/** Whether the caller may see this report (its mentor, in its organisation). */
export function maySeeReport(access: Access, r: Pick<ReportRow, 'peerMentorId' | 'orgId'>): boolean {
  return maySeeMentor(access, r.peerMentorId, r.orgId);
}

/**
 * The list filter narrowed to what the caller may see: a coordinator's own organisation, a mentor's own reports;
 * null when nothing can match (no usable role, or a filter naming another organisation or mentor).
 */
export function scopedFilter(access: Access, f: ReportFilter): ReportFilter | null {
  switch (access.kind) {
    case 'all':
      return f;
    case 'org':
      return f.orgId && f.orgId !== access.orgId ? null : { ...f, orgId: access.orgId };
    case 'mentor':
      return f.peerMentorId && f.peerMentorId !== access.mentorId ? null : { ...f, peerMentorId: access.mentorId };
    case 'none':
      return null;
  }
}

/** 403 unless the caller may create a report for this mentor in this organisation. */
export function requireReportCreate(access: Access, owners: { peerMentorId: string; orgId: string }): void {
  if (access.kind === 'none')
    throw apiError('FORBIDDEN', 'creating a report needs the mentor, coordinator or admin role; the caller has none');
  if (access.kind === 'mentor') {
    if (owners.peerMentorId !== access.mentorId)
      throw apiError(
        'FORBIDDEN',
        `a mentor creates reports only for themselves: expected peerMentorId '${access.mentorId}', got '${owners.peerMentorId}'`,
      );
    return;
  }
  requireOrgWrite(access, owners.orgId, 'a report');
}

/** 403 for a caller without a usable role: they change nothing. */
export function requireSomeRole(access: Access, action: string): void {
  if (access.kind === 'none')
    throw apiError('FORBIDDEN', `${action} needs the mentor, coordinator or admin role; the caller has none`);
}
