// The gateway remembers tokens that verified (gateway/auth/verify.ts), so a client's repeated token is not checked
// again on every request; what it accepts and refuses must stay exactly what a fresh verification would.
import { describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { authConfig } from '../../gateway/auth/config.js';
import { AuthFailure, createVerifier } from '../../gateway/auth/verify.js';
import { testSecret } from './support.js';

/** A verifier for HS256 tokens signed with the test secret. */
function verifier() {
  const config = authConfig({ AUTH_JWT_SECRET: testSecret });
  if (config.mode !== 'on') throw new Error('expected auth on');
  return createVerifier(config);
}

/** An HS256 token for `sub` expiring at `exp` (seconds since the epoch). */
const sign = (sub: string, exp: number, secret = testSecret) =>
  new SignJWT({ org_id: 'org_nansen_01', roles: ['coordinator'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(secret));

/** Expects `p` to be refused as a 401 with exactly `message`. */
async function expectRefused(p: Promise<unknown>, message: string) {
  await expect(p).rejects.toBeInstanceOf(AuthFailure);
  await expect(p).rejects.toMatchObject({ status: 401, message });
}

describe('verified tokens kept in memory', () => {
  it('answers a repeated token with the same caller, which no request can change', async () => {
    const verify = verifier();
    const token = await sign('coordinator-007', Math.floor(Date.now() / 1000) + 3600);
    const first = await verify(token);
    const again = await verify(token);
    expect(again).toEqual({ sub: 'coordinator-007', orgId: 'org_nansen_01', roles: ['coordinator'] });
    expect(again).toBe(first);
    expect(() => (first.roles as string[]).push('admin')).toThrow(TypeError);
  });

  it('still refuses a token with a forged signature after the genuine one was accepted', async () => {
    const verify = verifier();
    const exp = Math.floor(Date.now() / 1000) + 3600;
    await verify(await sign('coordinator-007', exp));
    const forged = await sign('coordinator-007', exp, 'another-secret-of-at-least-32-bytes!!');
    await expectRefused(verify(forged), "the token's signature does not verify");
  });

  it('refuses a token once it has expired, though it was accepted before', async () => {
    const verify = verifier();
    // expires within the next two seconds; jose then allows 5 s of clock skew, the kept answer none
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await sign('coordinator-007', exp);
    expect((await verify(token)).sub).toBe('coordinator-007');
    await new Promise((r) => setTimeout(r, exp * 1000 - Date.now() + 5_200));
    await expectRefused(verify(token), 'the token has expired');
  }, 15_000);
});
