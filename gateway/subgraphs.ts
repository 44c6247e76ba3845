// The four subgraph modules the gateway composes.
import type { SubgraphModule } from '../lib/subgraph.js';
import { subgraph as mentors } from '../subgraphs/mentors/server.js';
import { subgraph as stats } from '../subgraphs/stats/server.js';
import { subgraph as milestones } from '../subgraphs/milestones/server.js';
import { subgraph as reports } from '../subgraphs/reports/server.js';

/** Every subgraph by name. */
export const subgraphModules: Record<SubgraphModule['name'], SubgraphModule> = { mentors, stats, milestones, reports };
