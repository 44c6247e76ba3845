// Shapes the mentors resolvers return where no single table row fits.
import type { MentorStatusRow, PauseRecordRow } from './tables.js';

/** A status row joined with the mentor's active pause record (if any). */
export interface MentorStatusView extends MentorStatusRow {
  activePause: Pick<PauseRecordRow, 'startDate' | 'expectedReturnDate' | 'reason'> | null;
}
