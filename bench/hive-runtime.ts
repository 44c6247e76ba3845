// Hive Gateway (a second, independent gateway engine) over the committed supergraph and running subgraphs; used by
// the bench's scenarios 6 and 7 and by test/devex/hive-gateway.test.ts.
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import http from '@graphql-mesh/transport-http';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { supergraphPath } from '../gateway/gateway.js';
import { SECRET_HEADER } from '../lib/config.js';

/**
 * A Hive Gateway runtime over `schema/supergraph.graphql`, each subgraph at the given URL, sending the shared secret.
 * `routerRuntime`: plan with Hive Router's Rust query planner (`@graphql-hive/router-runtime`, a native addon) instead
 * of the default JavaScript stitching runtime — the fastest gateway a Node user can pick (scenario 7).
 */
export function createHiveGateway(urls: Record<string, string>, secret: string, routerRuntime = false) {
  const headers: [string, string][] = [[SECRET_HEADER, secret]];
  const transportEntries = Object.fromEntries(
    Object.entries(urls).map(([name, location]) => [name, { location, headers }]),
  );
  return createGatewayRuntime({
    supergraph: readFileSync(supergraphPath, 'utf8'),
    transports: { http },
    transportEntries,
    logging: false,
    ...(routerRuntime ? { unifiedGraphHandler } : {}),
  });
}
