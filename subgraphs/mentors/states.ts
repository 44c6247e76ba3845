// The closed sets the mentors tables store, in the lower case of their GraphQL enums' internal values.
import type { MentorState, PauseReason } from './generated.js';

/** A mentor's states (GraphQL `MentorState`, lower case). */
export const STATES = ['active', 'paused', 'inactive'] as const satisfies readonly MentorState[];

/** The reasons a pause can have (GraphQL `PauseReason`, lower case). */
export const PAUSE_REASONS = [
  'certification_expiry',
  'personal_leave',
  'health',
  'relocation',
  'other',
] as const satisfies readonly PauseReason[];
