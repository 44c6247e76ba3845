// Starts the milestones subgraph alone as an HTTP server (distributed topology). Listen only; drains on SIGTERM/SIGINT.
import { runSubgraph } from '../../lib/serve-subgraph.js';
import { subgraph } from './server.js';

await runSubgraph(subgraph);
