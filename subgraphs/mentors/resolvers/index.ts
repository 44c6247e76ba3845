// All resolvers of the mentors subgraph.
import type { Resolvers } from '../generated.js';
import { Query } from './query.js';
import { Mentor } from './mentor.js';
import { MentorStatus } from './mentor-status.js';
import { Certification } from './certification.js';
import { PauseRecord } from './pause-record.js';
import { StatusHistoryEntry } from './status-history-entry.js';
import { Mutation } from './mutation.js';

/** The resolver map given to buildSubgraphSchema. */
export const resolvers: Resolvers = {
  Query,
  Mutation,
  Mentor,
  MentorStatus,
  Certification,
  PauseRecord,
  StatusHistoryEntry,
};
