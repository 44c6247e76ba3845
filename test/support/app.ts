// Starts the HTTP app on a fresh test database, in-process, for `inject` requests.
import type { Json } from './json.js';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App, type AppOptions } from '../../gateway/http/app.js';
import { authConfig } from '../../gateway/auth/config.js';
import type { Database } from '../../lib/db.js';
import { openTestDatabase } from './db.js';
import { startSubgraphServers } from './subgraph-servers.js';
import { isCheckedUrl, openApiMismatch } from './openapi-check.js';

/** A test app and its database. */
export interface TestApp extends App {
  database: Database;
  /** Sends a request without a socket; JSON bodies are serialised. */
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  /** Runs a GraphQL query on /graphql and returns the parsed answer. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<{ data?: Json; errors?: Json[] }>;
}

/** Options of a test app. */
export interface TestAppOptions {
  /**
   * Check every /api/v1 response `request` receives against the OpenAPI document (status documented, body matches);
   * a mismatch throws, failing the test. Default on; OPENAPI_CHECK=off turns it off for a run.
   */
  checkResponses?: boolean;
  /** Wraps each subgraph's data source (e.g. to make one fail: test/detail-view/partial-data.test.ts). */
  wrapSource?: AppOptions['wrapSource'];
  /** Close the database with the app (default true; false for apps sharing one database). */
  closeDatabase?: boolean;
  /** Authentication settings as environment variables (AUTH_JWT_SECRET …), read instead of process.env's. */
  auth?: Record<string, string | undefined>;
  /**
   * `distributed`: the four subgraphs as HTTP servers on loopback over the same database (they require the signed
   * caller when auth is on); default in-process.
   */
  topology?: 'in-process' | 'distributed';
}

/** Opens a fresh database and builds the app over it; `close()` closes both. */
export async function startTestApp(database?: Database, opts: TestAppOptions = {}): Promise<TestApp> {
  const checkResponses = opts.checkResponses ?? process.env.OPENAPI_CHECK !== 'off';
  const db = database ?? (await openTestDatabase());
  const auth = authConfig(opts.auth ?? {});
  const secret = 'test-subgraph-secret';
  const servers =
    opts.topology === 'distributed' ? await startSubgraphServers(db, secret, undefined, auth.mode === 'on') : undefined;
  const built = await buildApp({
    database: db,
    logLevel: process.env.LOG_LEVEL ?? 'silent',
    wrapSource: opts.wrapSource,
    auth,
    ...(servers ? { topology: 'distributed' as const, urls: servers.urls, secret } : {}),
  });
  const send = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    built.app.inject({
      method: method as 'GET',
      url,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  const request = async (method: string, url: string, body?: unknown, headers?: Record<string, string>) => {
    const res = await send(method, url, body, headers);
    if (checkResponses && isCheckedUrl(url)) {
      const mismatch = openApiMismatch(method.toUpperCase(), url, res.statusCode, res.body, auth.mode === 'on');
      if (mismatch)
        throw new Error(
          `OpenAPI response check failed: ${mismatch} (opt out: startTestApp(db, { checkResponses: false }))`,
        );
    }
    return res;
  };
  return {
    ...built,
    database: db,
    request,
    graphql: async (query, variables) => (await request('POST', '/graphql', { query, variables })).json(),
    close: async () => {
      await built.close();
      await servers?.close();
      if (opts.closeDatabase ?? true) await db.close();
    },
  };
}
