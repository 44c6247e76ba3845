// Rows of the personal-stats contract (../shared/contracts/personal-stats.txt): Personal statistics.
import type { RestRoute } from '../route.js';

/** The personal-stats endpoints. */
export const personalStatsRoutes: RestRoute[] = [];
