// Hive Gateway (a second, independent gateway engine) over the committed supergraph and running subgraphs; used by
// the bench's scenario 6 and by test/devex/hive-gateway.test.ts.
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import http from '@graphql-mesh/transport-http';
import { supergraphPath } from '../gateway/gateway.js';
import { SECRET_HEADER } from '../lib/config.js';

/** A Hive Gateway runtime over `schema/supergraph.graphql`, each subgraph at the given URL, sending the shared secret. */
export function createHiveGateway(urls: Record<string, string>, secret: string) {
  const headers: [string, string][] = [[SECRET_HEADER, secret]];
  const transportEntries = Object.fromEntries(
    Object.entries(urls).map(([name, location]) => [name, { location, headers }]),
  );
  return createGatewayRuntime({
    supergraph: readFileSync(supergraphPath, 'utf8'),
    transports: { http },
    transportEntries,
    logging: false,
  });
}

/** Posts a GraphQL query to a Hive runtime (no socket: its fetch API). */
export async function hiveQuery(
  gw: ReturnType<typeof createHiveGateway>,
  query: string,
  variables?: Record<string, unknown>,
) {
  const res = await gw.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}
