// The gateway's HTTP subgraph source: what it sends, what it passes on, and every answer it must refuse.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { HttpSubgraphSource } from '../../gateway/remote-source.js';
import type { GatewayContext } from '../../gateway/context.js';

type Seen = { headers: IncomingHttpHeaders; body: string };
let server: Server;
let url: string;
const seen: Seen[] = [];
// what the server answers next, by path
const answers: Record<string, { status: number; type: string; body: string } | 'hang'> = {
  '/ok': {
    status: 200,
    type: 'application/json',
    body: '{"data":{"a":1},"errors":[{"message":"partial","path":["b"]}]}',
  },
  '/500': { status: 500, type: 'application/json', body: '{"errors":[{"message":"boom"}]}' },
  '/html': { status: 200, type: 'text/html', body: '<html>proxy error</html>' },
  '/array': { status: 200, type: 'application/json', body: '[1,2]' },
  '/hang': 'hang',
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ headers: req.headers, body });
      const a = answers[req.url ?? ''];
      if (!a || a === 'hang') return;
      res.writeHead(a.status, { 'content-type': a.type }).end(a.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function options(context: GatewayContext = {}): GraphQLDataSourceProcessOptions<GatewayContext> {
  // an incoming operation's fetch (GraphQLDataSourceRequestKind is a type-only export: its value spelled out)
  return {
    kind: 'incoming operation',
    request: { query: 'query Q($id: ID!) { a(id: $id) }', variables: { id: 'm1' }, operationName: 'Q' },
    context,
    incomingRequestContext: {} as never,
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

function source(path: string, timeoutMs = 2_000) {
  return new HttpSubgraphSource({
    name: 'stats',
    url: `${url}${path}`,
    timeoutMs,
    headers: (gw) => ({ 'x-request-id': gw.requestId ?? 'none', 'x-gateway-secret': 's3cret' }),
  });
}

describe('HttpSubgraphSource', () => {
  it('posts the query, variables and operation name as JSON with the context headers, and passes the answer on', async () => {
    seen.length = 0;
    const res = await source('/ok').process(options({ requestId: 'req-7' }));
    expect(res).toEqual({ data: { a: 1 }, errors: [{ message: 'partial', path: ['b'] }] });
    expect(JSON.parse(seen[0].body)).toEqual({
      query: 'query Q($id: ID!) { a(id: $id) }',
      variables: { id: 'm1' },
      operationName: 'Q',
    });
    expect(seen[0].headers['content-type']).toBe('application/json');
    expect(seen[0].headers['x-request-id']).toBe('req-7');
    expect(seen[0].headers['x-gateway-secret']).toBe('s3cret');
  });

  it('refuses a non-2xx answer, a body that is not JSON and JSON that is not an object, naming the subgraph', async () => {
    await expect(source('/500').process(options())).rejects.toThrow(
      'expected a 2xx answer from the stats subgraph, got 500: {"errors":[{"message":"boom"}]}',
    );
    await expect(source('/html').process(options())).rejects.toThrow(SyntaxError);
    await expect(source('/array').process(options())).rejects.toThrow(
      'expected a JSON object from the stats subgraph, got [1,2]',
    );
  });

  it('gives up on a subgraph that never answers after its timeout', async () => {
    const started = performance.now();
    await expect(source('/hang', 300).process(options())).rejects.toThrow();
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(5_000);
  });

  it('refuses a fetch without a query text before sending anything', async () => {
    seen.length = 0;
    const opts = options();
    opts.request.query = undefined;
    await expect(source('/ok').process(opts)).rejects.toThrow(
      'expected a query text in the fetch for the stats subgraph, got none',
    );
    expect(seen).toHaveLength(0);
  });
});
