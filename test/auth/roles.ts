// The callers of the authorization tests (issue 17), all about mentor-001 of org_nansen_01.
import { SignJWT, type JWTPayload } from 'jose';
import { hsToken } from './support.js';
import type { Json } from '../support/json.js';

/** The names of the callers the matrix asks as. */
export type RoleName = 'admin' | 'coordinator' | 'otherOrg' | 'mentor' | 'otherMentor' | 'none' | 'expired' | 'forged';

/** A caller: its claims (valid tokens) or how its token is made (invalid ones), and the status its requests get. */
export interface RoleCase {
  name: RoleName;
  claims?: JWTPayload;
  token?: () => Promise<string>;
  status: 200 | 401;
}

/** Every caller of the matrix. */
export const roleCases: RoleCase[] = [
  { name: 'admin', claims: { sub: 'admin-1', roles: ['admin'] }, status: 200 },
  {
    name: 'coordinator',
    claims: { sub: 'coordinator-007', org_id: 'org_nansen_01', roles: ['coordinator'] },
    status: 200,
  },
  {
    name: 'otherOrg',
    claims: { sub: 'coordinator-fjord', org_id: 'org_fjord_02', roles: ['coordinator'] },
    status: 200,
  },
  { name: 'mentor', claims: { sub: 'mentor-001', org_id: 'org_nansen_01', roles: ['mentor'] }, status: 200 },
  { name: 'otherMentor', claims: { sub: 'mentor-002', org_id: 'org_nansen_01', roles: ['mentor'] }, status: 200 },
  { name: 'none', status: 401 },
  {
    name: 'expired',
    token: () => hsToken({ sub: 'admin-1', roles: ['admin'], exp: Math.floor(Date.now() / 1000) - 60 }),
    status: 401,
  },
  {
    name: 'forged',
    token: () =>
      new SignJWT({ sub: 'admin-1', roles: ['admin'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('not-the-secret-not-the-secret-00000')),
    status: 401,
  },
];

/** Every mentor id (`mentor-NNN`) anywhere in the string values of a JSON body. */
export function mentorIdsIn(body: Json): Set<string> {
  const ids = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const m of v.matchAll(/\bmentor-\d{3}\b/g)) ids.add(m[0]);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(body);
  return ids;
}
