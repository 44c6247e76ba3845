// One write = one transaction that first locks the mentor's row; database violations become coded errors.
import { eq } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { findCause } from '../../../lib/causes.js';
import { isPgError, type Db, type Pools, type Tx } from '../../../lib/db.js';
import { conflict, notFound, unprocessable } from '../../../lib/errors.js';
import { mentors } from '../tables.js';

/** Messages for the violations a write may meet. */
export interface Violations {
  /** A unique violation (e.g. a second active pause record, a second status record). */
  unique: string;
}

/**
 * Runs `fn` in one transaction. A unique violation (23505) becomes a 409, a foreign-key violation (23503) a 404 of
 * the mentor, a check violation (23514, incl. the deferred pause invariant) a 409/422 — never a 500.
 */
export async function writeTx<T>(pools: Pools, v: Violations, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await pools.transaction(fn);
  } catch (err) {
    if (err instanceof GraphQLError) throw err;
    if (isPgError(err, '23505')) throw conflict(v.unique);
    if (isPgError(err, '23503')) throw conflict('the mentor was deleted while this change was being written');
    if (isPgError(err, '23514')) {
      if (/pause invariant/.test(String(messageOf(err))))
        throw conflict(`a concurrent change conflicts with this one: ${messageOf(err)}`);
      throw unprocessable(`the change breaks a rule of the data: ${messageOf(err)}`);
    }
    throw err;
  }
}

/** The database's own message: the first of the error and its causes that is not drizzle's "Failed query" wrapper. */
function messageOf(err: unknown): string {
  const c = findCause(err, (e) => typeof e.message === 'string' && !e.message.startsWith('Failed query'));
  return typeof c?.message === 'string' ? c.message : 'constraint violated';
}

/** Locks the mentor's row until the transaction ends (serialises status and pause writes); unknown → 404. */
export async function lockMentor(tx: Db, mentorId: string): Promise<void> {
  const rows = await tx.select({ id: mentors.id }).from(mentors).where(eq(mentors.id, mentorId)).for('no key update');
  if (rows.length === 0) throw notFound('mentor', mentorId);
}

/** What a delete answers: the deleted record's id and the mentor it belonged to (for the payload's `mentor`). */
export interface Deleted {
  deletedId: string;
  mentorId: string;
}
