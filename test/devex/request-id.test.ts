// The distributed gateway passes the caller's request id on to every subgraph it fetches from (x-request-id).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSubgraph } from '../../lib/serve-subgraph.js';
import { subgraphModules } from '../../gateway/subgraphs.js';
import { buildApp, type App } from '../../gateway/http/app.js';
import { defaultQuery } from '../../gateway/http/graphiql.js';
import { subgraphNames, type SubgraphName } from '../../lib/config.js';
import { openTestDatabase } from '../support/db.js';
import type { Database } from '../../lib/db.js';

let database: Database;
let gateway: App;
const closers: (() => Promise<void>)[] = [];
const urls: Partial<Record<SubgraphName, string>> = {};
/** x-request-id of every request the gateway sent, per subgraph. */
const seen: Record<string, string[]> = {};
const secret = 'request-id-secret';

/** A pass-through HTTP proxy in front of `target` that records the x-request-id header. */
async function recordingProxy(name: string, target: string): Promise<string> {
  seen[name] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    const forward = async () => {
      seen[name].push(String(req.headers['x-request-id'] ?? ''));
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k)),
      ) as Record<string, string>;
      const answer = await fetch(target, { method: req.method, headers, body: Buffer.concat(chunks) });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    };
    req.on('end', () => {
      forward().catch((err: unknown) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`proxy could not reach ${target}: ${String(err)}`);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

beforeAll(async () => {
  database = await openTestDatabase();
  const direct: Partial<Record<SubgraphName, string>> = {};
  for (const name of subgraphNames) {
    const s = await serveSubgraph(subgraphModules[name], {
      port: 0,
      database,
      secret,
      logLevel: 'silent',
      urlOf: (n) => direct[n as SubgraphName]!,
    });
    direct[name] = s.url;
    closers.push(s.close);
    urls[name] = await recordingProxy(name, s.url);
  }
  gateway = await buildApp({ database, topology: 'distributed', urls, secret, logLevel: 'silent' });
});
afterAll(async () => {
  await gateway?.close();
  for (const close of closers.reverse()) await close();
  await database?.close();
});

describe('request id across the distributed topology', () => {
  it('sends the caller’s x-request-id to each subgraph of a four-subgraph query and returns it', async () => {
    const res = await gateway.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'x-request-id': 'trace-me-42' },
      payload: { query: defaultQuery },
    });
    expect(res.json().errors).toBeUndefined();
    expect(res.headers['x-request-id']).toBe('trace-me-42');
    for (const name of subgraphNames) expect(seen[name], name).toContain('trace-me-42');
  });

  it('sends the id the gateway made up when the caller sent none', async () => {
    const res = await gateway.app.inject({ method: 'GET', url: '/api/v1/mentor-statuses?limit=1' });
    expect(res.statusCode).toBe(200);
    const id = String(res.headers['x-request-id']);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.values(seen).flat()).toContain(id);
  });
});
