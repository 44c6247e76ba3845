// Rows of the mentor-statuses contract (../shared/contracts/mentor-statuses.txt).
import { z } from 'zod';
import { route, pageQuery, boolParam, listResult, paginationSchema } from '../route.js';

const SERVICE = '/api/v1/mentor-statuses';
const statusEnum = z.enum(['active', 'paused', 'inactive']);
const timestamp = z.string().nullable();

/** A status as the list shows it. */
const statusRow = z.object({
  mentor_id: z.string(), status: statusEnum, is_paused: z.boolean(), pause_start_date: timestamp,
  expected_return_date: timestamp, last_updated: z.string(),
});

/** The mentor-statuses endpoints. */
export const mentorStatusRoutes = [
  route({
    method: 'GET', service: SERVICE, path: '/api/v1/mentor-statuses', summary: 'List all mentor statuses',
    query: pageQuery.extend({ status: statusEnum.optional(), is_paused: boolParam.optional(), org_id: z.string().max(64).optional() }),
    operation: `query MentorStatuses($status: String, $isPaused: Boolean, $orgId: String, $page: Int, $limit: Int) {
      mentorStatuses(status: $status, isPaused: $isPaused, orgId: $orgId, page: $page, limit: $limit) {
        items { mentorId status isPaused pauseStartDate expectedReturnDate lastUpdated }
        pageInfo { page limit total }
      }
    }`,
    variables: ({ query }) => ({ status: query.status, isPaused: query.is_paused, orgId: query.org_id, page: query.page, limit: query.limit }),
    result: (data) => listResult(data.mentorStatuses),
    response: z.object({ data: z.array(statusRow), pagination: paginationSchema }),
  }),
];
