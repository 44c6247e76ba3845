// Resolvers of StatusHistoryEntry: the change time in the contracts' ISO form.
import type { StatusHistoryEntryResolvers } from '../generated.js';
import { isoSeconds } from '../../../lib/dates.js';

/** StatusHistoryEntry fields. */
export const StatusHistoryEntry: StatusHistoryEntryResolvers = {
  changedAt: (h) => isoSeconds(h.changedAt),
};
