// Distributed topology: the gateway passes the caller's Authorization on to the subgraph it fetches from (issue 17:
// the subgraphs will verify it again); without a token nothing is sent.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp, type App } from '../../gateway/http/app.js';
import { authConfig } from '../../gateway/auth/config.js';
import { subgraphNames, type SubgraphName } from '../../lib/config.js';
import { openTestDatabase } from '../support/db.js';
import type { Database } from '../../lib/db.js';
import { bearer, hsToken, testSecret } from './support.js';

let database: Database;
let server: Server;
let gateway: App;
let off: App;
/** Headers of every request a "subgraph" received. */
const received: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  // one stand-in for every subgraph: records the headers, answers a GraphQL error (the answer does not matter here)
  server = createServer((req, res) => {
    received.push(req.headers);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":null,"errors":[{"message":"stand-in"}]}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const urls = Object.fromEntries(subgraphNames.map((n) => [n, url])) as Record<SubgraphName, string>;
  const common = { database, topology: 'distributed' as const, urls, secret: 's', logLevel: 'silent' };
  gateway = await buildApp({ ...common, auth: authConfig({ AUTH_JWT_SECRET: testSecret }) });
  off = await buildApp({ ...common, auth: authConfig({}) });
});
afterAll(async () => {
  await gateway?.close();
  await off?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await database?.close();
});

const query = JSON.stringify({ query: '{ mentor(id: "mentor-001") { id } }' });

it("sends the caller's Authorization header to the subgraph, next to the gateway secret", async () => {
  const token = await hsToken({ sub: 'u', roles: ['admin'] });
  received.length = 0;
  await gateway.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...bearer(token) },
    payload: query,
  });
  expect(received.length).toBeGreaterThan(0);
  expect(received[0].authorization).toBe(`Bearer ${token}`);
  expect(received[0]['x-gateway-secret']).toBe('s');
});

it('with auth off and no header, no Authorization is sent', async () => {
  received.length = 0;
  await off.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json' },
    payload: query,
  });
  expect(received.length).toBeGreaterThan(0);
  expect(received[0].authorization).toBeUndefined();
});
