// Starts the HTTP app on a fresh test database, in-process, for `inject` requests.
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../../gateway/http/app.js';
import type { Database } from '../../lib/db.js';
import { openTestDatabase } from './db.js';

/** A test app and its database. */
export interface TestApp extends App {
  database: Database;
  /** Sends a request without a socket; JSON bodies are serialised. */
  request(method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
  /** Runs a GraphQL query on /graphql and returns the parsed answer. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }>;
}

/** Opens a fresh database and builds the app over it; `close()` closes both. */
export async function startTestApp(database?: Database): Promise<TestApp> {
  const db = database ?? (await openTestDatabase());
  const built = await buildApp({ database: db, logLevel: process.env.LOG_LEVEL ?? 'silent' });
  const request = (method: string, url: string, body?: unknown) => built.app.inject({
    method: method as 'GET', url,
    ...(body === undefined ? {} : typeof body === 'string'
      ? { payload: body, headers: { 'content-type': 'application/json' } }
      : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return {
    ...built,
    database: db,
    request,
    graphql: async (query, variables) => (await request('POST', '/graphql', { query, variables })).json(),
    close: async () => { await built.close(); await db.close(); },
  };
}
