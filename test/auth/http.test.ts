// Authentication at the HTTP layer (issue 17): off changes nothing; on, /graphql and the REST rows need a valid token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { startTestApp, type TestApp } from '../support/app.js';
import { routeTable } from '../../gateway/rest/table.js';
import { pathsOf } from '../../gateway/rest/register.js';
import type { GatewayContext } from '../../gateway/context.js';
import { bearer, hsToken, recordContexts, testSecret } from './support.js';

const restRow = '/api/v1/mentor-statuses/mentor-001';
const query = '{ mentor(id: "mentor-001") { id } }';
const gql = (token?: string, body: unknown = { query }) => ({
  body,
  headers: token === undefined ? {} : bearer(token),
});

describe('auth off (no settings)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a REST row and /graphql answer 200 without a token, as before', async () => {
    const rest = await t.request('GET', restRow);
    expect(rest.statusCode).toBe(200);
    expect(rest.json()).toMatchObject({ mentor_id: 'mentor-001' });
    const res = await t.request('POST', '/graphql', { query });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ data: { mentor: { id: 'mentor-001' } } });
  });

  it('the OpenAPI document has no security scheme', async () => {
    const doc = (await t.request('GET', '/api/v1/openapi.json')).json();
    expect(doc.security).toBeUndefined();
    expect(doc.components.securitySchemes).toBeUndefined();
  });

  it('a token is not looked at: even a garbage Authorization header answers 200', async () => {
    const res = await t.request('GET', restRow, undefined, { authorization: 'Bearer garbage' });
    expect(res.statusCode).toBe(200);
  });
});

describe('auth on (HS256 secret, issuer and audience)', () => {
  let t: TestApp;
  const seen: GatewayContext[] = [];
  const good = { sub: 'coord-1', org_id: 'org_nansen_01', roles: ['coordinator'], iss: 'https://idp.test', aud: 'api' };
  beforeAll(async () => {
    t = await startTestApp(undefined, {
      wrapSource: recordContexts(seen),
      auth: { AUTH_JWT_SECRET: testSecret, AUTH_ISSUER: 'https://idp.test', AUTH_AUDIENCE: 'api' },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the OpenAPI document names the bearer scheme and the 401 of every operation', async () => {
    const doc = (await t.request('GET', '/api/v1/openapi.json')).json();
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    const operations = Object.values(doc.paths as Record<string, Record<string, { responses: object }>>).flatMap((p) =>
      Object.values(p),
    );
    expect(operations.length).toBeGreaterThan(30);
    for (const op of operations) expect(Object.keys(op.responses)).toContain('401');
  });

  it('no token: 401 with WWW-Authenticate: Bearer, in the REST error shape and in the GraphQL shape', async () => {
    const rest = await t.request('GET', restRow);
    expect(rest.statusCode).toBe(401);
    expect(rest.headers['www-authenticate']).toBe('Bearer');
    expect(rest.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
    const res = await t.request('POST', '/graphql', { query });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('a valid token: 200 on the REST row (both path forms) and /graphql', async () => {
    const token = await hsToken(good);
    for (const url of [restRow, `/api/v1/mentor-statuses${restRow}`]) {
      const rest = await t.request('GET', url, undefined, bearer(token));
      expect(rest.statusCode, url).toBe(200);
      expect(rest.json()).toMatchObject({ mentor_id: 'mentor-001' });
    }
    const { body, headers } = gql(token);
    const res = await t.request('POST', '/graphql', body, headers);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ data: { mentor: { id: 'mentor-001' } } });
  });

  it('the verified caller and the Authorization header reach the gateway context, from /graphql and from REST', async () => {
    const token = await hsToken(good);
    seen.length = 0;
    await t.request('POST', '/graphql', { query }, bearer(token));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0].caller).toEqual({ sub: 'coord-1', orgId: 'org_nansen_01', roles: ['coordinator'] });
    expect(seen[0].authorization).toBe(`Bearer ${token}`);
    seen.length = 0;
    const mentor = await hsToken({ ...good, sub: 'mentor-001', roles: ['mentor', 'offline_access'] });
    expect((await t.request('GET', restRow, undefined, bearer(mentor))).statusCode).toBe(200);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0].caller).toEqual({
      sub: 'mentor-001',
      orgId: 'org_nansen_01',
      roles: ['mentor'],
      mentorId: 'mentor-001',
    });
    expect(seen[0].authorization).toBe(`Bearer ${mentor}`);
  });

  const refused: [string, () => Promise<string>][] = [
    ['expired', () => hsToken({ ...good, exp: Math.floor(Date.now() / 1000) - 60 })],
    ['forged (another secret)', () => hsToken(good, 'another-secret-of-32-bytes-or-more!!')],
    ['wrong issuer', () => hsToken({ ...good, iss: 'https://evil.test' })],
    ['no issuer', () => hsToken({ ...good, iss: undefined })],
    ['wrong audience', () => hsToken({ ...good, aud: 'other-api' })],
    ['no sub', () => hsToken({ ...good, sub: undefined })],
  ];
  it.each(refused)('%s token: 401 invalid_token on the REST row and /graphql', async (_name, make) => {
    const token = await make();
    const rest = await t.request('GET', restRow, undefined, bearer(token));
    expect(rest.statusCode).toBe(401);
    expect(rest.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(rest.json().error.code).toBe('UNAUTHENTICATED');
    const res = await t.request('POST', '/graphql', { query }, bearer(token));
    expect(res.statusCode).toBe(401);
    expect(res.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.json().data).toBeUndefined();
  });

  it('an unsigned (alg none) token and a token signed with another algorithm are refused', async () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const none = `${b64({ alg: 'none' })}.${b64({ ...good, exp: 9_999_999_999 })}.`;
    const hs512 = await new SignJWT({ ...good })
      .setProtectedHeader({ alg: 'HS512' })
      .sign(new TextEncoder().encode(testSecret));
    for (const token of [none, hs512]) {
      const res = await t.request('GET', restRow, undefined, bearer(token));
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    }
  });

  it('malformed Authorization headers answer 401, never 5xx', async () => {
    const headers = [
      'Bearer',
      'Bearer ',
      'Basic dXNlcjpwYXNz',
      'Bearer a.b.c',
      'Bearer not-a-jwt',
      'Bearer ....',
      'Bearer eyJhbGciOiJIUzI1NiJ9.!!!.x',
      `Bearer ${'a'.repeat(8000)}`,
      'bearer  two tokens',
      'Bearer \u00e9\u00e9',
    ];
    for (const authorization of headers) {
      for (const [method, url, body] of [
        ['GET', restRow, undefined],
        ['POST', '/graphql', { query }],
      ] as const) {
        const res = await t.request(method, url, body, { authorization });
        expect(res.statusCode, `${authorization.slice(0, 30)} on ${url}`).toBe(401);
        expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      }
    }
  });

  it('/health, /ready, /docs, the OpenAPI document, GraphiQL and its assets and badge images stay open', async () => {
    const open: [string, Record<string, string>?][] = [
      ['/health'],
      ['/ready'],
      ['/docs'],
      ['/docs/assets/swagger-ui.css'],
      ['/api/v1/openapi.json'],
      ['/graphql', { accept: 'text/html' }],
      ['/graphiql/graphiql.js'],
      ['/assets/badges/10h.png'],
    ];
    for (const [url, headers] of open) {
      const res = await t.request('GET', url, undefined, headers);
      expect(res.statusCode, url).toBe(200);
    }
  });

  it('a GET /graphql query (not the GraphiQL page) needs the token too', async () => {
    const res = await t.request('GET', `/graphql?query=${encodeURIComponent(query)}`, undefined, {
      accept: 'text/html',
    });
    expect(res.statusCode).toBe(401);
  });

  it('every REST row refuses a request without a token', async () => {
    let checked = 0;
    for (const row of routeTable) {
      for (const path of pathsOf(row)) {
        const url = path.replace(/:(\w+)/g, 'x');
        const res = await t.request(row.method, url, row.method === 'GET' || row.method === 'DELETE' ? undefined : {});
        expect(res.statusCode, `${row.method} ${url}`).toBe(401);
        expect(res.json().error.code).toBe('UNAUTHENTICATED');
        checked++;
      }
    }
    expect(checked).toBe(routeTable.length * 2);
  });
});
