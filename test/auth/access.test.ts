// The access rules every subgraph applies (lib/caller.ts), and the signed caller the subgraphs over HTTP trust
// (lib/caller-header.ts): forged, expired or missing ones are refused when authentication is on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import {
  accessOf,
  maySeeMentor,
  maySeeOrg,
  requireCoordinator,
  requireOrgWrite,
  type Caller,
} from '../../lib/caller.js';
import { CALLER_HEADER, signCaller, verifyCaller } from '../../lib/caller-header.js';
import { callerRequired } from '../../lib/auth-mode.js';
import { serveSubgraph } from '../../lib/serve-subgraph.js';
import { subgraphModules } from '../../gateway/subgraphs.js';
import { SECRET_HEADER } from '../../lib/config.js';
import { openTestDatabase } from '../support/db.js';
import type { Database } from '../../lib/db.js';

const coordinator: Caller = { sub: 'c-1', orgId: 'org_a', roles: ['coordinator'] };
const mentor: Caller = { sub: 'mentor-001', orgId: 'org_a', roles: ['mentor'], mentorId: 'mentor-001' };

describe('accessOf and the rules', () => {
  it('is everything with auth off, whoever asks, and nothing with auth on and no caller', () => {
    expect(accessOf(undefined, false)).toEqual({ kind: 'all' });
    expect(accessOf(mentor, false)).toEqual({ kind: 'all' });
    expect(accessOf(undefined, true)).toEqual({ kind: 'none' });
  });

  it('takes the widest role, and none for roles without what they need', () => {
    expect(accessOf({ sub: 'a', roles: ['mentor', 'admin'], mentorId: 'm' }, true)).toEqual({
      kind: 'all',
      actor: 'a',
    });
    expect(accessOf({ ...mentor, roles: ['mentor', 'coordinator'] }, true)).toMatchObject({
      kind: 'org',
      orgId: 'org_a',
    });
    expect(accessOf({ sub: 'c', roles: ['coordinator'] }, true)).toEqual({ kind: 'none', actor: 'c' });
    expect(accessOf({ sub: 'x', roles: [] }, true)).toEqual({ kind: 'none', actor: 'x' });
  });

  it('lets a coordinator see their org, a mentor themself, and refuses writes by role and org', () => {
    const org = accessOf(coordinator, true);
    const own = accessOf(mentor, true);
    expect(maySeeMentor(org, 'mentor-009', 'org_a')).toBe(true);
    expect(maySeeMentor(org, 'mentor-009', 'org_b')).toBe(false);
    expect(maySeeMentor(own, 'mentor-001', 'org_b')).toBe(true);
    expect(maySeeMentor(own, 'mentor-002', 'org_a')).toBe(false);
    expect(maySeeOrg(own, 'org_a')).toBe(false);
    expect(() => requireCoordinator(own, 'pausing a mentor')).toThrow(/coordinator or admin role/);
    expect(() => requireCoordinator(org, 'pausing a mentor')).not.toThrow();
    expect(() => requireOrgWrite(org, 'org_b', 'a mentor')).toThrow(/organisation 'org_b'.*coordinates 'org_a'/);
    expect(() => requireOrgWrite(org, 'org_a', 'a mentor')).not.toThrow();
  });

  it('requires a signed caller in the subgraphs unless AUTH=off, when the gateway has keys or in production', () => {
    expect(callerRequired({})).toBe(false);
    expect(callerRequired({ AUTH_JWT_SECRET: 'x' })).toBe(true);
    expect(callerRequired({ NODE_ENV: 'production' })).toBe(true);
    expect(callerRequired({ NODE_ENV: 'production', AUTH: 'off' })).toBe(false);
    expect(callerRequired({ AUTH: 'on' })).toBe(true);
  });
});

describe('the signed caller', () => {
  it('round-trips, and refuses another secret, an expired header and a token that is not ours', async () => {
    const header = await signCaller(mentor, 'secret-1');
    expect(await verifyCaller(header, 'secret-1')).toEqual(mentor);
    await expect(verifyCaller(header, 'secret-2')).rejects.toThrow();
    const stale = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('a')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(new TextEncoder().encode('secret-1'));
    await expect(verifyCaller(stale, 'secret-1')).rejects.toThrow();
  });
});

describe('a subgraph server with authentication on', () => {
  let database: Database;
  let server: Awaited<ReturnType<typeof serveSubgraph>>;
  beforeAll(async () => {
    database = await openTestDatabase();
    server = await serveSubgraph(subgraphModules.mentors, {
      port: 0,
      database,
      secret: 's3cret',
      logLevel: 'silent',
      requireCaller: true,
    });
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  const ask = (headers: Record<string, string>) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SECRET_HEADER]: 's3cret', ...headers },
      body: JSON.stringify({ query: '{ mentor(id: "mentor-001") { id } }' }),
    });

  it('refuses a request without the signed caller, or with a forged one, even with the gateway secret', async () => {
    const none = await ask({});
    expect(none.status).toBe(401);
    expect((await none.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await ask({ [CALLER_HEADER]: await signCaller(mentor, 'not-the-secret') });
    expect(forged.status).toBe(401);
  });

  it('answers for the signed caller', async () => {
    const res = await ask({ [CALLER_HEADER]: await signCaller({ sub: 'a', roles: ['admin'] }, 's3cret') });
    expect(res.status).toBe(200);
    expect((await res.json()).data.mentor).toEqual({ id: 'mentor-001' });
  });
});
