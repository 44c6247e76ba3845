// Authentication settings (issue 17): off without settings, refused when unusable, claim paths; start-up refusals.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { authConfig, AuthConfigError, authSummary } from '../../gateway/auth/config.js';
import { callerFrom, claimAt } from '../../gateway/auth/claims.js';
import { startTestApp } from '../support/app.js';
import { testSecret } from './support.js';

const run = promisify(execFile);

describe('authConfig', () => {
  it('is off with no settings, and off when AUTH=off whatever else is set', () => {
    expect(authConfig({})).toEqual({ mode: 'off', explicit: false });
    expect(authConfig({ AUTH: 'off', NODE_ENV: 'production' })).toEqual({ mode: 'off', explicit: true });
    expect(authConfig({ AUTH: 'off', AUTH_JWT_SECRET: testSecret })).toEqual({ mode: 'off', explicit: true });
    expect(authSummary(authConfig({}))).toMatch(/^auth: off \(no AUTH_JWT_SECRET, AUTH_JWKS_FILE or AUTH_JWKS_URL/);
  });

  it('refuses NODE_ENV=production without settings unless AUTH=off', () => {
    expect(() => authConfig({ NODE_ENV: 'production' })).toThrow(AuthConfigError);
    expect(() => authConfig({ NODE_ENV: 'production' })).toThrow(/AUTH=off/);
    expect(authConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: testSecret }).mode).toBe('on');
  });

  it('refuses a secret shorter than 32 bytes, two key settings, a bad JWKS file or URL, an unknown AUTH value', () => {
    expect(() => authConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/at least 32 bytes.*it has 5/);
    expect(() => authConfig({ AUTH_JWT_SECRET: 'x'.repeat(31) })).toThrow(AuthConfigError);
    expect(authConfig({ AUTH_JWT_SECRET: 'x'.repeat(32) }).mode).toBe('on');
    expect(() => authConfig({ AUTH_JWT_SECRET: testSecret, AUTH_JWKS_URL: 'https://idp/jwks' })).toThrow(/one of/);
    const dir = mkdtempSync(join(tmpdir(), 'auth-config-'));
    writeFileSync(join(dir, 'bad.json'), '{"keys": []}');
    writeFileSync(join(dir, 'junk.json'), 'not json');
    expect(() => authConfig({ AUTH_JWKS_FILE: join(dir, 'bad.json') })).toThrow(/must be a JWKS/);
    expect(() => authConfig({ AUTH_JWKS_FILE: join(dir, 'junk.json') })).toThrow(/could not be read as JSON/);
    expect(() => authConfig({ AUTH_JWKS_FILE: join(dir, 'missing.json') })).toThrow(AuthConfigError);
    expect(() => authConfig({ AUTH_JWKS_URL: 'not a url' })).toThrow(/must be a URL/);
    expect(() => authConfig({ AUTH_JWKS_URL: 'file:///etc/passwd' })).toThrow(/http\(s\)/);
    expect(() => authConfig({ AUTH: 'maybe' })).toThrow(/"off" or "on"/);
  });

  it('reads issuer, audience (a comma list) and claim names; the summary says so in one line', () => {
    const config = authConfig({
      AUTH_JWT_SECRET: testSecret,
      AUTH_ISSUER: 'https://idp.test',
      AUTH_AUDIENCE: 'api, other',
      AUTH_CLAIM_ROLES: 'realm_access.roles',
    });
    expect(config).toMatchObject({
      mode: 'on',
      issuer: 'https://idp.test',
      audience: ['api', 'other'],
      claims: { org: 'org_id', roles: 'realm_access.roles', mentor: 'sub' },
    });
    expect(authSummary(config)).toMatch(/^auth: on \(HS256.*issuer https:\/\/idp\.test.*realm_access\.roles/);
    expect(authSummary(config)).not.toContain('\n');
    expect(authSummary(config)).not.toContain(testSecret);
  });

  it('a short secret keeps the test app from building', async () => {
    await expect(startTestApp(undefined, { auth: { AUTH_JWT_SECRET: 'short' } })).rejects.toThrow(/32 bytes/);
  });
});

describe('claims', () => {
  it('reads dotted paths, exact names with dots first (Auth0 namespaces), and narrows roles to the known ones', () => {
    const payload = {
      sub: 'u1',
      realm_access: { roles: ['offline_access', 'coordinator'] },
      'https://peer-mentor.example/org_id': 'org_a',
    };
    expect(claimAt(payload, 'realm_access.roles')).toEqual(['offline_access', 'coordinator']);
    expect(claimAt(payload, 'https://peer-mentor.example/org_id')).toBe('org_a');
    expect(claimAt(payload, 'realm_access.nothing.deeper')).toBeUndefined();
    expect(claimAt(payload, 'sub.length')).toBeUndefined();
    expect(claimAt(payload, '__proto__.constructor')).toBeUndefined();
    const claims = { org: 'https://peer-mentor.example/org_id', roles: 'realm_access.roles', mentor: 'sub' };
    expect(callerFrom(payload, claims)).toEqual({ sub: 'u1', orgId: 'org_a', roles: ['coordinator'] });
    expect(callerFrom({ sub: 'm', roles: 'mentor admin' }, { org: 'o', roles: 'roles', mentor: 'sub' })).toEqual({
      sub: 'm',
      roles: ['mentor', 'admin'],
      mentorId: 'm',
    });
    expect(callerFrom({ roles: ['admin'] }, claims)).toBeUndefined();
  });
});

describe('start-up', () => {
  const main = ['--import', 'tsx', 'gateway/main.ts'];
  const start = (env: Record<string, string>) => {
    const { NODE_ENV: _vitest, ...parent } = process.env;
    return run(process.execPath, main, {
      env: { ...parent, PORT: '0', LOG_LEVEL: 'info', ...env },
      timeout: 30_000,
    }).then(
      () => ({ code: 0, out: '' }),
      (err: { code?: number; stdout?: string; stderr?: string }) => ({
        code: err.code,
        out: `${err.stdout ?? ''}${err.stderr ?? ''}`,
      }),
    );
  };

  it('NODE_ENV=production without auth settings refuses to start with one clear line', async () => {
    const { code, out } = await start({ NODE_ENV: 'production' });
    expect(code).toBe(1);
    expect(out).toMatch(/auth: refusing to start: NODE_ENV=production needs AUTH_JWT_SECRET.*AUTH=off/);
  });

  it('says in one start-up line whether auth is off or on (seen before a busy port stops the start)', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = String((busy.address() as AddressInfo).port);
    try {
      for (const [env, line] of [
        [{}, /^auth: off \(no AUTH_JWT_SECRET, AUTH_JWKS_FILE or AUTH_JWKS_URL set\)/],
        [{ AUTH_JWT_SECRET: testSecret }, /^auth: on \(HS256 with AUTH_JWT_SECRET; any issuer, any audience/],
        [{ NODE_ENV: 'production', AUTH: 'off' }, /^auth: off \(AUTH=off\)/],
      ] as const) {
        const { code, out } = await start({ ...env, PORT: port, HOST: '127.0.0.1' });
        expect(code).toBe(1);
        const auth = out
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => (JSON.parse(l) as { msg: string }).msg)
          .filter((m) => m.startsWith('auth:'));
        expect(auth).toHaveLength(1);
        expect(auth[0]).toMatch(line);
        expect(out).not.toContain(testSecret);
      }
    } finally {
      busy.close();
    }
  });

  it('a short AUTH_JWT_SECRET refuses to start', async () => {
    const { code, out } = await start({ AUTH_JWT_SECRET: 'too-short' });
    expect(code).toBe(1);
    expect(out).toMatch(/auth: refusing to start: AUTH_JWT_SECRET must be at least 32 bytes/);
  });
});
