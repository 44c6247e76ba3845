// Rows of the reports contract (../shared/contracts/reports.txt): Post-session reports.
import type { RestRoute } from '../route.js';

/** The reports endpoints. */
export const reportRoutes: RestRoute[] = [];
