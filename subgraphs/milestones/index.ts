// Starts the milestones subgraph alone as an HTTP server (distributed topology). Listen only.
import { serveSubgraph } from '../../lib/serve-subgraph.js';
import { subgraph } from './server.js';

await serveSubgraph(subgraph);
