// createMentor: a mentor must exist before a status or pause can be recorded for it.
import { randomBytes } from 'node:crypto';
import { findCause } from '../../../lib/causes.js';
import { isPgError, type Db } from '../../../lib/db.js';
import { badRequest, conflict } from '../../../lib/errors.js';
import type { CreateMentorInput } from '../generated.js';
import { mentors, type MentorRow } from '../tables.js';
import { checkLength, MAX_ID } from '../input.js';

const ID_FORM = /^[A-Za-z0-9_.-]{1,64}$/;
const EMAIL_FORM = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks a mentor's fields: id `[A-Za-z0-9_.-]{1,64}`, name 1..200, email ≤ 254 and shaped like one, org 1..64. */
function checkMentor(input: CreateMentorInput) {
  const id = input.id ?? `mentor-${randomBytes(6).toString('hex')}`;
  if (!ID_FORM.test(id))
    throw badRequest(
      `id must be 1 to ${MAX_ID} letters, digits, '_', '.' or '-', got ${JSON.stringify(id.slice(0, 80))}`,
    );
  const fullName = input.fullName.trim();
  if (!fullName) throw badRequest('full_name must not be empty');
  checkLength('full_name', fullName, 200);
  if (!EMAIL_FORM.test(input.email) || input.email.length > 254) {
    throw badRequest(`email must be an address like name@example.org, got ${JSON.stringify(input.email.slice(0, 80))}`);
  }
  if (!input.orgId || input.orgId.length > MAX_ID)
    throw badRequest(`org_id must be 1 to ${MAX_ID} characters, got ${input.orgId.length}`);
  return { id, fullName, email: input.email.toLowerCase(), orgId: input.orgId };
}

/** Inserts a mentor; 409 when the id or the email is taken. */
export async function createMentor(db: Db, input: CreateMentorInput): Promise<MentorRow> {
  const values = checkMentor(input);
  try {
    const [row] = await db.insert(mentors).values(values).returning();
    return row;
  } catch (err) {
    if (isPgError(err, '23505')) {
      const byEmail = !!findCause(err, (c) => typeof c.message === 'string' && c.message.includes('mentors_email_uq'));
      throw conflict(
        byEmail ? `email '${values.email}' belongs to another mentor` : `mentor '${values.id}' already exists`,
      );
    }
    throw err;
  }
}
