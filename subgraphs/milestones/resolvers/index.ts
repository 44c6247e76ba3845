// All resolvers of the milestones subgraph.
import type { Resolvers } from '../generated.js';
import { Query } from './query.js';
import { Mutation } from './mutation.js';
import { Mentor } from './mentor.js';
import { Milestone } from './milestone.js';

/** The resolver map given to buildSubgraphSchema. */
export const resolvers: Resolvers = { Query, Mutation, Mentor, Milestone };
