// All resolvers of the stats subgraph.
import type { Resolvers } from '../generated.js';
import { Query } from './query.js';
import { Mutation } from './mutation.js';
import { Mentor } from './mentor.js';
import { Activity } from './activity.js';
import { PersonalStats } from './personal-stats.js';
import { ActivityBreakdownEntry } from './activity-breakdown-entry.js';

/** The resolver map given to buildSubgraphSchema. */
export const resolvers: Resolvers = { Query, Mutation, Mentor, Activity, PersonalStats, ActivityBreakdownEntry };
