// Shapes the stats resolvers return where no single table row fits.

/** A reference to a Mentor entity owned by the mentors subgraph; `orgId` is present when a field `@requires` it. */
export interface MentorRef {
  id: string;
  orgId?: string;
}
