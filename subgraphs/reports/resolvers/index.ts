// All resolvers of the reports subgraph.
import type { Resolvers } from '../generated.js';
import { JSONObject } from './json-object.js';
import { Query } from './query.js';
import { Mutation } from './mutation.js';
import { Mentor } from './mentor.js';
import { Activity } from './activity.js';
import { Report } from './report.js';

/** The resolver map given to buildSubgraphSchema. */
export const resolvers: Resolvers = { JSONObject, Query, Mutation, Mentor, Activity, Report };
