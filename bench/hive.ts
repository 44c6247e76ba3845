// Scenarios 6 and 7: Hive Gateway serving the committed supergraph over the running distributed subgraphs; with
// HIVE_ROUTER_RUNTIME=true it plans with the Rust query planner (scenario 7).
import { createServer } from 'node:http';
import { createHiveGateway } from './hive-runtime.js';
import { subgraphNames, subgraphUrl } from '../lib/config.js';

const urls = Object.fromEntries(subgraphNames.map((n) => [n, subgraphUrl(n)]));
const gateway = createHiveGateway(urls, process.env.SUBGRAPH_SECRET ?? '', process.env.HIVE_ROUTER_RUNTIME === 'true');
const port = Number(process.env.PORT ?? 4603);

// The runtime's Node request listener (graphql-yoga); /healthcheck answers when it is ready.
createServer(gateway.requestListener).listen(port, '127.0.0.1', () => console.log(`Hive Gateway on ${port}`));
