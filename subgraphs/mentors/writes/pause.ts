// Pause record writes: create (pauses the mentor), update (closing resumes), delete — one transaction each.
import { eq } from 'drizzle-orm';
import type { Db, Pools } from '../../../lib/db.js';
import { badRequest, conflict, notFound, unprocessable } from '../../../lib/errors.js';
import type { CreatePauseRecordInput, UpdatePauseRecordInput } from '../generated.js';
import { pauseRecords, type PauseRecordRow } from '../tables.js';
import { checkId, checkMetadata, checkOrder, parseWhen, type Metadata } from '../input.js';
import { lockMentor, writeTx, type Deleted } from './tx.js';
import { activePauseOf, closePause, openPause, pauseById, statusOf, writeStatus } from './steps.js';

/** Sets the status to active after the mentor's active pause ended (the status row exists by the invariant). */
async function resume(tx: Db, mentorId: string, now: Date, meta: Metadata): Promise<void> {
  const current = await statusOf(tx, mentorId);
  if (current) await writeStatus(tx, mentorId, current.status, 'active', now, meta);
}

/** Pauses a mentor: opens a pause record and sets the status to paused; 409 when already paused. */
export function createPause(
  pools: Pools,
  input: CreatePauseRecordInput,
  actor: string | null,
): Promise<PauseRecordRow> {
  const mentorId = checkId('mentor_id', input.mentorId);
  const { reason } = input;
  const start = parseWhen('start_date', input.startDate);
  const expectedReturnDate = parseWhen('expected_return_date', input.expectedReturnDate);
  const meta = checkMetadata(input.metadata, actor);
  const paused = `mentor '${mentorId}' is already paused; close its active pause record first`;
  return writeTx(pools, { unique: paused }, async (tx) => {
    await lockMentor(tx, mentorId);
    const active = await activePauseOf(tx, mentorId);
    if (active) throw conflict(`${paused} ('${active.id}')`);
    const now = new Date();
    const startDate = start ?? now;
    checkOrder('expected_return_date', expectedReturnDate, startDate);
    const row = await openPause(tx, mentorId, { startDate, expectedReturnDate, reason }, now, actor);
    const current = await statusOf(tx, mentorId);
    await writeStatus(tx, mentorId, current?.status ?? null, 'paused', now, meta);
    return row;
  });
}

/** The pause record, read again under the mentor's lock; 404 when it does not exist. */
async function lockedPause(tx: Db, id: string): Promise<PauseRecordRow> {
  const first = await pauseById(tx, id);
  if (!first) throw notFound('pause record', id);
  await lockMentor(tx, first.mentorId);
  const row = await pauseById(tx, id);
  if (!row) throw notFound('pause record', id);
  return row;
}

/** Updates a pause record; `isActive: false` or an `endDate` on the active one closes it and resumes the mentor. */
export function updatePause(
  pools: Pools,
  idIn: string,
  input: UpdatePauseRecordInput,
  actor: string | null,
): Promise<PauseRecordRow> {
  const id = checkId('pause_record_id', idIn);
  const endDate = parseWhen('end_date', input.endDate);
  const expected = parseWhen('expected_return_date', input.expectedReturnDate);
  const reason = input.reason ?? null;
  const meta = checkMetadata(input.metadata, actor);
  if (
    input.isActive == null &&
    input.endDate === undefined &&
    input.expectedReturnDate === undefined &&
    reason === null
  ) {
    throw badRequest('the body must change at least one of end_date, is_active, expected_return_date, reason');
  }
  if (input.isActive === true && endDate)
    throw unprocessable('is_active must be false when end_date is given, got true');
  return writeTx(pools, { unique: `pause record '${id}' changed concurrently` }, async (tx) => {
    const pause = await lockedPause(tx, id);
    if (!pause.isActive && input.isActive === true) {
      throw unprocessable(`pause record '${id}' is closed and cannot be reopened; create a new pause record instead`);
    }
    const closing = pause.isActive && (input.isActive === false || endDate !== null);
    const expectedReturnDate = input.expectedReturnDate === undefined ? pause.expectedReturnDate : expected;
    checkOrder('expected_return_date', expectedReturnDate, pause.startDate);
    checkOrder('end_date', endDate, pause.startDate);
    const now = new Date();
    await tx
      .update(pauseRecords)
      .set({
        expectedReturnDate,
        reason: reason ?? pause.reason,
        updatedAt: now,
        updatedBy: actor,
        ...(!pause.isActive && endDate ? { endDate } : {}),
      })
      .where(eq(pauseRecords.id, id));
    if (!closing) return (await pauseById(tx, id))!;
    const closed = await closePause(tx, pause, endDate, now, actor);
    await resume(tx, pause.mentorId, now, meta);
    return closed;
  });
}

/** Deletes a pause record; deleting the active one resumes the mentor in the same transaction. */
export function deletePause(pools: Pools, idIn: string, actor: string | null): Promise<Deleted> {
  const id = checkId('pause_record_id', idIn);
  return writeTx(pools, { unique: `pause record '${id}' changed concurrently` }, async (tx) => {
    const pause = await lockedPause(tx, id);
    await tx.delete(pauseRecords).where(eq(pauseRecords.id, id));
    if (pause.isActive) {
      await resume(tx, pause.mentorId, new Date(), {
        initiatedBy: actor,
        notes: `active pause record '${id}' deleted`,
      });
    }
    return { deletedId: id, mentorId: pause.mentorId };
  });
}
