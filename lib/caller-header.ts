// The caller as it travels to a subgraph over HTTP: a short-lived HS256 token of the verified claims, signed with the
// gateway's subgraph secret, so a subgraph trusts who is asking without the identity provider's keys (issue 17).
import { createHash } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { knownRoles, type Caller } from './caller.js';

/** The header that carries the signed caller from the gateway (and from one subgraph's calls to another). */
export const CALLER_HEADER = 'x-caller';

/** How long a signed caller is good for: longer than any request may run (timeouts are seconds). */
const lifetimeSeconds = 120;
const issuer = 'peer-mentor-gateway';
const audience = 'peer-mentor-subgraphs';

/** The HS256 key: the secret's SHA-256, so any secret length gives a full-strength key. */
function keyOf(secret: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(`caller:${secret}`).digest());
}

/** Signs `caller` for the subgraphs. */
export function signCaller(caller: Caller, secret: string): Promise<string> {
  return new SignJWT({ org: caller.orgId, roles: caller.roles, mentor: caller.mentorId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.sub)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${lifetimeSeconds}s`)
    .sign(keyOf(secret));
}

/** The caller of a signed header; rejects a header that is forged, expired or not ours. */
export async function verifyCaller(token: string, secret: string): Promise<Caller> {
  const { payload } = await jwtVerify(token, keyOf(secret), { algorithms: ['HS256'], issuer, audience });
  const roles = Array.isArray(payload.roles) ? knownRoles.filter((r) => (payload.roles as unknown[]).includes(r)) : [];
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new Error('the signed caller has no subject');
  return {
    sub: payload.sub,
    ...(typeof payload.org === 'string' ? { orgId: payload.org } : {}),
    roles,
    ...(typeof payload.mentor === 'string' ? { mentorId: payload.mentor } : {}),
  };
}
