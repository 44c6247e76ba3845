// The mentor detail view's fields, in one place: the REST snapshot load, GraphiQL's default query and the benchmark.

/** The detail view's selection on `mentor(id)` (mentors and stats subgraphs), one field group per line. */
export const detailFields = `    id fullName email orgId
    status { status isPaused }
    certification { expiryDate daysUntilExpiry isWithinWarningWindow }
    activitySummary(period: MONTH) { totalSessions totalActivities period }
    activeAssignments { id contactName status }`;

/** The whole detail view in one federated query. */
export const detailOperation = `query MentorDetail($id: ID!) {
  mentor(id: $id) {
${detailFields}
  }
}`;
