// THE route table: every documented legacy REST endpoint, one row each.
import type { RestRoute } from './route.js';
import { mentorStatusRoutes } from './routes/mentor-statuses.js';

/** All rows; each answers on the contract's literal path and on its route form. */
export const routeTable: RestRoute[] = [
  ...mentorStatusRoutes,
];
