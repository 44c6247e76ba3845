// Checks of the reports subgraph's arguments and input: wrong form → 400.
import { badRequest } from '../../lib/errors.js';

/** Whether `s` holds a C0 control character or DEL (U+0000..U+001F, U+007F). */
function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** An id argument: 1..64 characters, no control characters (PostgreSQL text cannot hold NUL); a 400 otherwise. */
export function idArg(name: string, id: string): string {
  if (id.length < 1 || id.length > 64) throw badRequest(`${name} must be 1 to 64 characters, got ${id.length}`);
  if (hasControlCharacter(id))
    throw badRequest(`${name} must not contain control characters, got ${JSON.stringify(id)}`);
  return id;
}

/** An optional id filter: absent, or checked like `idArg`. */
export function optionalIdArg(name: string, id: string | null | undefined): string | null {
  return id === null || id === undefined ? null : idArg(name, id);
}
