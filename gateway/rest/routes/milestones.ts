// Rows of the milestones contract (../shared/contracts/milestones.txt): Milestones.
import type { RestRoute } from '../route.js';

/** The milestones endpoints. */
export const milestoneRoutes: RestRoute[] = [];
