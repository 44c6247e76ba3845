// `npm run token` (scripts/token.ts): prints a token the server accepts, with the claims asked for.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { jwtVerify } from 'jose';
import { authConfig } from '../../gateway/auth/config.js';
import { createVerifier } from '../../gateway/auth/verify.js';
import { testSecret } from './support.js';

const run = promisify(execFile);

/** Runs the script with `args` and the auth settings `env`; its stdout, stderr and exit code. */
async function token(args: string[], env: Record<string, string> = { AUTH_JWT_SECRET: testSecret }) {
  const { AUTH_JWT_SECRET: _unset, ...parent } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], {
      env: { ...parent, ...env },
      timeout: 30_000,
    });
    return { stdout: stdout.trim(), stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; code?: number };
    return { stdout: e.stdout?.trim() ?? '', stderr: e.stderr ?? '', code: e.code };
  }
}

const key = new TextEncoder().encode(testSecret);

describe('npm run token', () => {
  it('--role coordinator --org prints one token that the server verifies, expiring in an hour', async () => {
    const { stdout, code } = await token(['--role', 'coordinator', '--org', 'org_nansen_01']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const { payload } = await jwtVerify(stdout, key, { algorithms: ['HS256'] });
    expect(payload).toMatchObject({ org_id: 'org_nansen_01', roles: ['coordinator'] });
    expect(payload.exp! - payload.iat!).toBe(3600);
    const config = authConfig({ AUTH_JWT_SECRET: testSecret });
    if (config.mode !== 'on') throw new Error('expected auth on');
    expect(await createVerifier(config)(stdout)).toMatchObject({ orgId: 'org_nansen_01', roles: ['coordinator'] });
  });

  it('--mentor, --admin, --expires, issuer, audience and a dotted roles claim', async () => {
    const { stdout, code } = await token(['--mentor', 'mentor-001', '--admin', '--expires', '15m'], {
      AUTH_JWT_SECRET: testSecret,
      AUTH_ISSUER: 'https://idp.test',
      AUTH_AUDIENCE: 'api',
      AUTH_CLAIM_ROLES: 'realm_access.roles',
    });
    expect(code).toBe(0);
    const { payload } = await jwtVerify(stdout, key, { issuer: 'https://idp.test', audience: 'api' });
    expect(payload).toMatchObject({ sub: 'mentor-001', realm_access: { roles: ['admin', 'mentor'] } });
    expect(payload.exp! - payload.iat!).toBe(900);
    const config = authConfig({
      AUTH_JWT_SECRET: testSecret,
      AUTH_ISSUER: 'https://idp.test',
      AUTH_AUDIENCE: 'api',
      AUTH_CLAIM_ROLES: 'realm_access.roles',
    });
    if (config.mode !== 'on') throw new Error('expected auth on');
    expect(await createVerifier(config)(stdout)).toEqual({
      sub: 'mentor-001',
      roles: ['mentor', 'admin'],
      mentorId: 'mentor-001',
    });
  });

  it('says clearly when AUTH_JWT_SECRET is missing or short, or a flag is wrong', async () => {
    const missing = await token(['--admin'], {});
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/AUTH_JWT_SECRET is not set/);
    const short = await token(['--admin'], { AUTH_JWT_SECRET: 'short' });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/at least 32 bytes/);
    expect((await token(['--role', 'superuser'])).stderr).toMatch(/unknown role superuser/);
    expect((await token(['--admin', '--expires', 'soon'])).stderr).toMatch(/--expires must be a duration/);
    expect((await token(['--bogus'])).code).toBe(2);
  });
});
