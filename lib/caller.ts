// Who is asking, as every subgraph sees it (issue 17): the verified caller, and the part of the data that lets them
// see and change. The gateway verifies the token; each subgraph applies these rules to its own data.
import { apiError } from './errors.js';

/** The roles the API knows; other roles a token carries (e.g. Keycloak's `offline_access`) are ignored. */
export const knownRoles = ['mentor', 'coordinator', 'admin'] as const;
/** One of the known roles. */
export type Role = (typeof knownRoles)[number];

/** The verified caller: the token's subject, organisation and known roles. */
export interface Caller {
  sub: string;
  orgId?: string;
  roles: Role[];
  /** The mentor the caller is (from the mentor claim, `sub` by default); set only for a caller with the `mentor` role. */
  mentorId?: string;
}

/**
 * What a request may see and change:
 * - `all`: authentication off, or an admin;
 * - `org`: a coordinator, everything of one organisation;
 * - `mentor`: a mentor, their own data only;
 * - `none`: a verified caller with no usable role (e.g. a coordinator token without an organisation), or no caller
 *   where one is required — nothing exists for them and every write is refused.
 * `actor` is who writes record as their author (the token's subject); absent with authentication off.
 */
export type Access =
  | { kind: 'all'; actor?: string }
  | { kind: 'org'; orgId: string; actor: string }
  | { kind: 'mentor'; mentorId: string; actor: string }
  | { kind: 'none'; actor?: string };

/** Everything: authentication off. */
export const openAccess: Access = { kind: 'all' };

/**
 * The access of `caller`. With authentication off it is everything whoever asks; with it on, the widest role the
 * caller holds (admin, then coordinator of their organisation, then mentor), and nothing without a caller.
 */
export function accessOf(caller: Caller | undefined, authOn: boolean): Access {
  if (!authOn) return openAccess;
  if (!caller) return { kind: 'none' };
  const actor = caller.sub;
  if (caller.roles.includes('admin')) return { kind: 'all', actor };
  if (caller.roles.includes('coordinator') && caller.orgId) return { kind: 'org', orgId: caller.orgId, actor };
  if (caller.roles.includes('mentor') && caller.mentorId) return { kind: 'mentor', mentorId: caller.mentorId, actor };
  return { kind: 'none', actor };
}

/** Whether the caller may see the mentor `mentorId` of organisation `orgId` and what belongs to them. */
export function maySeeMentor(access: Access, mentorId: string, orgId: string | null | undefined): boolean {
  switch (access.kind) {
    case 'all':
      return true;
    case 'org':
      return orgId === access.orgId;
    case 'mentor':
      return mentorId === access.mentorId;
    case 'none':
      return false;
  }
}

/** Whether the caller may see rows of organisation `orgId` that belong to no one mentor (e.g. an org's totals). */
export function maySeeOrg(access: Access, orgId: string | null | undefined): boolean {
  return access.kind === 'all' || (access.kind === 'org' && orgId === access.orgId);
}

/** 403: `action` is for coordinators and admins (a mentor, or a caller without a usable role, asked). */
export function requireCoordinator(access: Access, action: string): void {
  if (access.kind === 'mentor' || access.kind === 'none')
    throw apiError('FORBIDDEN', `${action} needs the coordinator or admin role; the caller has neither`);
}

/** 403: creating something in organisation `orgId` is for that organisation's coordinators (and admins). */
export function requireOrgWrite(access: Access, orgId: string, what: string): void {
  if (access.kind === 'org' && access.orgId !== orgId)
    throw apiError(
      'FORBIDDEN',
      `creating ${what} in organisation '${orgId}' is refused: the caller coordinates '${access.orgId}'`,
    );
  if (access.kind === 'mentor' || access.kind === 'none')
    throw apiError('FORBIDDEN', `creating ${what} needs the coordinator or admin role; the caller has neither`);
}

/** Who a write records as its author: the token's subject; null with authentication off. */
export function actorOf(access: Access): string | null {
  return access.actor ?? null;
}

/** What a list is narrowed to: an organisation and/or one mentor (undefined: not narrowed). */
export interface ListScope {
  orgId?: string;
  mentorId?: string;
}

/**
 * The filter of a list the caller asked for (`orgId`, `mentorId` as given), narrowed to what they may see: a
 * coordinator's organisation, a mentor's own id. Null when nothing can match (another organisation or mentor was
 * asked for, or the caller sees nothing): the list is empty, as for a filter that matches no row.
 */
export function listScope(
  access: Access,
  asked: { orgId?: string | null; mentorId?: string | null },
): ListScope | null {
  const orgId = asked.orgId ?? undefined;
  const mentorId = asked.mentorId ?? undefined;
  switch (access.kind) {
    case 'all':
      return { orgId, mentorId };
    case 'org':
      return orgId && orgId !== access.orgId ? null : { orgId: access.orgId, mentorId };
    case 'mentor':
      return mentorId && mentorId !== access.mentorId ? null : { orgId, mentorId: access.mentorId };
    case 'none':
      return null;
  }
}

/**
 * 403 unless the caller may create something for mentor `mentorId` of organisation `orgId` (an activity, a report):
 * a mentor for themselves, a coordinator in their organisation, an admin anywhere.
 */
export function requireOwnWrite(access: Access, target: { mentorId: string; orgId: string }, what: string): void {
  if (access.kind === 'none')
    throw apiError('FORBIDDEN', `creating ${what} needs the mentor, coordinator or admin role; the caller has none`);
  if (access.kind === 'mentor' && target.mentorId !== access.mentorId)
    throw apiError(
      'FORBIDDEN',
      `a mentor creates ${what} for themselves ('${access.mentorId}'), got mentor '${target.mentorId}'`,
    );
  if (access.kind === 'org' && target.orgId !== access.orgId)
    throw apiError(
      'FORBIDDEN',
      `creating ${what} in organisation '${target.orgId}' is refused: the caller coordinates '${access.orgId}'`,
    );
}
