// THE route table: every documented legacy REST endpoint, one row each.
import type { RestRoute } from './route.js';
import { mentorStatusRoutes } from './routes/mentor-statuses.js';
import { personalStatsRoutes } from './routes/personal-stats.js';
import { milestoneRoutes } from './routes/milestones.js';
import { reportRoutes } from './routes/reports.js';
import { peerMentorBlocRoutes } from './routes/peer-mentor-bloc.js';

/** All rows; each answers on the contract's literal path and on its route form. */
export const routeTable: RestRoute[] = [
  ...mentorStatusRoutes,
  ...personalStatsRoutes,
  ...milestoneRoutes,
  ...reportRoutes,
  ...peerMentorBlocRoutes,
];
