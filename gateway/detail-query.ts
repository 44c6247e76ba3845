// The mentor detail view's query, in one place: the REST snapshot load, GraphiQL's default query and the benchmark.
import { Kind, print } from 'graphql';
import { graphql } from './rest/gql/index.js';

/** The whole detail view in one federated query (mentors + stats subgraphs), typed from the API schema. */
export const MentorDetailDocument = graphql(`
  query MentorDetail($id: ID!) {
    mentor(id: $id) {
      id
      fullName
      email
      orgId
      currentStatus
      status {
        isPaused
      }
      certification {
        expiryDate
        daysUntilExpiry
        isWithinWarningWindow
      }
      activitySummary(period: MONTH) {
        totalSessions
        totalActivities
        period
      }
      activeAssignments {
        id
        contactName
        status
      }
    }
  }
`);

/** The detail query as text (what the benchmark posts). */
export const detailOperation = print(MentorDetailDocument);

/** The detail view's selection on `mentor(id)`, one field per line, indented for a query body. */
export const detailFields = (() => {
  const [operation] = MentorDetailDocument.definitions;
  const mentor = operation.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet.selections[0] : undefined;
  if (mentor?.kind !== Kind.FIELD || !mentor.selectionSet) throw new Error('MentorDetail: expected mentor(id) { … }');
  return mentor.selectionSet.selections.map((s) => `    ${print(s).replace(/\s+/g, ' ')}`).join('\n');
})();
