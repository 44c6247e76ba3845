// Status writes: create, update (pausing opens a pause record, leaving paused closes it), delete — one transaction each.
import { eq } from 'drizzle-orm';
import type { Db, Pools } from '../../../lib/db.js';
import { conflict, notFound, unprocessable } from '../../../lib/errors.js';
import type { CreateMentorStatusInput, UpdateMentorStatusInput } from '../generated.js';
import { mentorStatuses, pauseRecords } from '../tables.js';
import { statusesByMentorIds } from '../store.js';
import type { MentorStatusView } from '../views.js';
import { checkConsistent, checkId, checkMetadata, checkOrder, parseWhen, type Status } from '../input.js';
import { lockMentor, writeTx, type Deleted } from './tx.js';
import { activePauseOf, closePause, openPause, statusOf, writeStatus } from './steps.js';

type StatusInput = Omit<CreateMentorStatusInput, 'mentorId'>;

/** The checked form of a status body: the target status, the pause fields and the metadata. */
function checkStatusInput(input: StatusInput, actor: string | null) {
  const { status } = input;
  checkConsistent(status, input.isPaused);
  const pause = {
    startDate: parseWhen('pause_start_date', input.pauseStartDate),
    expectedReturnDate: parseWhen('expected_return_date', input.expectedReturnDate),
    reason: input.pauseReason ?? null,
  };
  if (status !== 'paused' && (pause.startDate || pause.expectedReturnDate || pause.reason)) {
    throw unprocessable(
      `pause_start_date, expected_return_date and pause_reason are only allowed when status is 'paused', got status '${status}'`,
    );
  }
  if (pause.startDate) checkOrder('expected_return_date', pause.expectedReturnDate, pause.startDate);
  return { status, pause, meta: checkMetadata(input.metadata, actor), actor };
}

type Checked = ReturnType<typeof checkStatusInput>;

async function view(tx: Db, mentorId: string): Promise<MentorStatusView> {
  const [v] = await statusesByMentorIds(tx, [mentorId]);
  return v;
}

/** Makes the pause records agree with the target status: open (or amend) when paused, close when not. */
async function applyPause(tx: Db, mentorId: string, to: Status, c: Checked, now: Date): Promise<void> {
  const active = await activePauseOf(tx, mentorId);
  if (to !== 'paused') {
    if (active) await closePause(tx, active, null, now, c.actor);
    return;
  }
  if (!active) {
    const startDate = c.pause.startDate ?? now;
    checkOrder('expected_return_date', c.pause.expectedReturnDate, startDate);
    await openPause(
      tx,
      mentorId,
      { startDate, expectedReturnDate: c.pause.expectedReturnDate, reason: c.pause.reason ?? 'other' },
      now,
      c.actor,
    );
    return;
  }
  const startDate = c.pause.startDate ?? active.startDate;
  const expectedReturnDate = c.pause.expectedReturnDate ?? active.expectedReturnDate;
  checkOrder('expected_return_date', expectedReturnDate, startDate);
  await tx
    .update(pauseRecords)
    .set({
      startDate,
      expectedReturnDate,
      reason: c.pause.reason ?? active.reason,
      updatedAt: now,
      updatedBy: c.actor,
    })
    .where(eq(pauseRecords.id, active.id));
}

/** Creates a mentor's status record; 404 for an unknown mentor, 409 when one exists. */
export function createStatus(
  pools: Pools,
  input: CreateMentorStatusInput,
  actor: string | null,
): Promise<MentorStatusView> {
  const mentorId = checkId('mentor_id', input.mentorId);
  const c = checkStatusInput(input, actor);
  const exists = `mentor '${mentorId}' already has a status record; update it with PUT`;
  return writeTx(pools, { unique: exists }, async (tx) => {
    await lockMentor(tx, mentorId);
    if (await statusOf(tx, mentorId)) throw conflict(exists);
    const now = new Date();
    await applyPause(tx, mentorId, c.status, c, now);
    await writeStatus(tx, mentorId, null, c.status, now, c.meta);
    return view(tx, mentorId);
  });
}

/** Changes a mentor's status (and pause records with it); 404 without a status record. */
export function updateStatus(
  pools: Pools,
  mentorIdIn: string,
  input: UpdateMentorStatusInput,
  actor: string | null,
): Promise<MentorStatusView> {
  const mentorId = checkId('mentor_id', mentorIdIn);
  const c = checkStatusInput(input, actor);
  return writeTx(pools, { unique: `mentor '${mentorId}' was paused by a concurrent request` }, async (tx) => {
    await lockMentor(tx, mentorId);
    const current = await statusOf(tx, mentorId);
    if (!current) throw notFound('mentor status', mentorId);
    const now = new Date();
    await applyPause(tx, mentorId, c.status, c, now);
    await writeStatus(tx, mentorId, current.status, c.status, now, c.meta);
    return view(tx, mentorId);
  });
}

/** Deletes a mentor's status record, closing its active pause record first (so the invariant holds). */
export function deleteStatus(pools: Pools, mentorIdIn: string, actor: string | null): Promise<Deleted> {
  const mentorId = checkId('mentor_id', mentorIdIn);
  return writeTx(pools, { unique: `mentor '${mentorId}' changed concurrently` }, async (tx) => {
    await lockMentor(tx, mentorId);
    if (!(await statusOf(tx, mentorId))) throw notFound('mentor status', mentorId);
    const active = await activePauseOf(tx, mentorId);
    if (active) await closePause(tx, active, null, new Date(), actor);
    await tx.delete(mentorStatuses).where(eq(mentorStatuses.mentorId, mentorId));
    return { deletedId: mentorId, mentorId };
  });
}
