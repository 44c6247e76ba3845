// Identity-provider keys (issue 17): RS256 and ES256 via AUTH_JWKS_FILE, AUTH_JWKS_URL with a bounded fetch, and
// claim names of other providers (Keycloak's realm_access.roles).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { startTestApp, type TestApp } from '../support/app.js';
import { openTestDatabase } from '../support/db.js';
import type { Database } from '../../lib/db.js';
import type { GatewayContext } from '../../gateway/context.js';
import { bearer, hsToken, recordContexts } from './support.js';

const restRow = '/api/v1/mentor-statuses/mentor-001';
let database: Database;
let rsa: { privateKey: CryptoKey; jwk: JWK };
let ec: { privateKey: CryptoKey; jwk: JWK };
let other: CryptoKey;
let jwksFile: string;

/** A key pair and its public JWK with a key id. */
async function keyPair(alg: 'RS256' | 'ES256', kid: string) {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** Signs `claims` with `key` (`alg`, `kid`), valid for an hour. */
const sign = (claims: Record<string, unknown>, key: CryptoKey, alg: string, kid: string) =>
  new SignJWT({ exp: Math.floor(Date.now() / 1000) + 3600, ...claims }).setProtectedHeader({ alg, kid }).sign(key);

beforeAll(async () => {
  database = await openTestDatabase();
  rsa = await keyPair('RS256', 'rsa-1');
  ec = await keyPair('ES256', 'ec-1');
  other = (await generateKeyPair('RS256')).privateKey;
  const dir = mkdtempSync(join(tmpdir(), 'auth-jwks-'));
  jwksFile = join(dir, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [rsa.jwk, ec.jwk] }));
});
afterAll(async () => {
  await database?.close();
});

describe('AUTH_JWKS_FILE with Keycloak-style claims', () => {
  let t: TestApp;
  const seen: GatewayContext[] = [];
  beforeAll(async () => {
    t = await startTestApp(database, {
      closeDatabase: false,
      wrapSource: recordContexts(seen),
      auth: { AUTH_JWKS_FILE: jwksFile, AUTH_CLAIM_ROLES: 'realm_access.roles', AUTH_CLAIM_ORG: 'org' },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('RS256 and ES256 tokens of the key set verify; the dotted roles path names the roles', async () => {
    const claims = { sub: 'kc-user', org: 'org_nansen_01', realm_access: { roles: ['offline_access', 'coordinator'] } };
    for (const token of [
      await sign(claims, rsa.privateKey, 'RS256', 'rsa-1'),
      await sign(claims, ec.privateKey, 'ES256', 'ec-1'),
    ]) {
      seen.length = 0;
      const res = await t.request('GET', restRow, undefined, bearer(token));
      expect(res.statusCode).toBe(200);
      expect(seen[0].caller).toEqual({ sub: 'kc-user', orgId: 'org_nansen_01', roles: ['coordinator'] });
    }
  });

  it('a key not in the set, an unknown kid and an HS256 token are refused with 401', async () => {
    const claims = { sub: 'kc-user' };
    const tokens = [
      await sign(claims, other, 'RS256', 'rsa-1'),
      await sign(claims, other, 'RS256', 'unknown'),
      await hsToken(claims),
    ];
    for (const token of tokens) {
      const res = await t.request('POST', '/graphql', { query: '{ __typename }' }, bearer(token));
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
      expect(res.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('AUTH_JWKS_URL', () => {
  let server: Server;
  let t: TestApp;
  let slow = false;
  let fetches = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      fetches++;
      if (slow) return; // never answers: the fetch must give up on its own
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [rsa.jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
    t = await startTestApp(database, {
      closeDatabase: false,
      auth: { AUTH_JWKS_URL: url, AUTH_JWKS_TIMEOUT_MS: '300' },
    });
  });
  afterAll(async () => {
    await t?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('fetches the key set and verifies an RS256 token', async () => {
    const token = await sign({ sub: 'u', roles: ['admin'] }, rsa.privateKey, 'RS256', 'rsa-1');
    const res = await t.request('GET', restRow, undefined, bearer(token));
    expect(res.statusCode).toBe(200);
    expect(fetches).toBe(1);
  });

  it('a malformed token is refused without fetching the keys', async () => {
    const before = fetches;
    const res = await t.request('GET', restRow, undefined, bearer('a.b.c'));
    expect(res.statusCode).toBe(401);
    expect(fetches).toBe(before);
  });

  it('keys that do not arrive answer 503 within the timeout, not a hang', async () => {
    slow = true;
    // a kid not yet known makes jose refetch (after its cooldown, which a fresh app has not started for this kid)
    const fresh = await startTestApp(database, {
      closeDatabase: false,
      auth: {
        AUTH_JWKS_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`,
        AUTH_JWKS_TIMEOUT_MS: '300',
      },
    });
    try {
      const token = await sign({ sub: 'u' }, rsa.privateKey, 'RS256', 'rsa-1');
      const started = performance.now();
      const res = await fresh.request('GET', restRow, undefined, bearer(token));
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await fresh.close();
    }
  });
});
