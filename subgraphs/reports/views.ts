// Shapes the reports resolvers return.

/** A reference to a Mentor entity owned by the mentors subgraph. */
export interface MentorRef {
  id: string;
}

/** A reference to an Activity entity owned by the stats subgraph. */
export interface ActivityRef {
  id: string;
}
