// All resolvers of the mentors subgraph.
import type { Resolvers } from '../generated.js';
import { Query } from './query.js';
import { Mentor } from './mentor.js';
import { MentorStatus } from './status.js';
import { Certification } from './certification.js';

/** The resolver map given to buildSubgraphSchema. */
export const resolvers: Resolvers = { Query, Mentor, MentorStatus, Certification };
