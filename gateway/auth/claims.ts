// The caller a verified token names: claims read at configurable (dotted) paths, roles narrowed to the known ones.
import type { JWTPayload } from 'jose';
import { knownRoles, type Caller, type Role } from '../../lib/caller.js';

/** Where in the token each part of the caller is: a claim name or a dotted path such as `realm_access.roles`. */
export interface ClaimNames {
  org: string;
  roles: string;
  mentor: string;
}

/**
 * The value at `path` in `payload`: a claim named exactly `path` first (Auth0's namespaced claims are URLs with dots),
 * else the dotted path through nested objects.
 */
export function claimAt(payload: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(payload, path)) return payload[path];
  let at: unknown = payload;
  for (const part of path.split('.')) {
    if (!at || typeof at !== 'object' || !Object.hasOwn(at, part)) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

/** Sets `value` at the dotted `path` in `payload`, creating the objects on the way (for tokens the script signs). */
export function setClaimAt(payload: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let at = payload;
  for (const part of parts.slice(0, -1)) {
    const next = at[part];
    at = next && typeof next === 'object' ? (next as Record<string, unknown>) : (at[part] = {});
  }
  at[parts[parts.length - 1]] = value;
}

/** The known roles in a roles claim: an array of strings, or one string of roles separated by spaces or commas. */
function rolesOf(value: unknown): Role[] {
  const given = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  return knownRoles.filter((r) => given.includes(r));
}

/** The caller of a verified payload; undefined when the token has no `sub` (no one to name). */
export function callerFrom(payload: JWTPayload, claims: ClaimNames): Caller | undefined {
  if (typeof payload.sub !== 'string' || payload.sub === '') return undefined;
  const org = claimAt(payload, claims.org);
  const roles = rolesOf(claimAt(payload, claims.roles));
  const mentor = claimAt(payload, claims.mentor);
  return {
    sub: payload.sub,
    ...(typeof org === 'string' && org !== '' ? { orgId: org } : {}),
    roles,
    ...(roles.includes('mentor') && typeof mentor === 'string' && mentor !== '' ? { mentorId: mentor } : {}),
  };
}
