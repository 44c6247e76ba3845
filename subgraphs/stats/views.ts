// Shapes the stats resolvers return where no single table row fits.

/** A reference to a Mentor entity owned by the mentors subgraph. */
export interface MentorRef { id: string }
