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
