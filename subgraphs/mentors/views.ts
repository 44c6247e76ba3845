// Shapes the mentors resolvers return where no single table row fits.
import type { MentorStatusRow, PauseRecordRow } from './tables.js';

/** A status row joined with the mentor's active pause record (if any). */
export interface MentorStatusView extends MentorStatusRow {
  activePause: Pick<PauseRecordRow, 'startDate' | 'expectedReturnDate' | 'reason'> | null;
}

/**
 * The status of a mentor without a status record: `active`. Pausing and deactivating both write a status record, so a
 * mentor without one has never been paused or deactivated (`Mentor.currentStatus`, the dashboard's `status` filter).
 */
export const DEFAULT_STATUS = 'active';
