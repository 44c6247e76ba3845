// Where the prepared test database lives: a PGlite dump file, or a PostgreSQL template database.
import { fileURLToPath } from 'node:url';

/** The PGlite dump written by the global setup. */
export const pgliteTemplatePath = fileURLToPath(new URL('../../.tmp/test-template.tar', import.meta.url));

/** Name of the PostgreSQL template database the global setup prepares. */
export const pgTemplateName = 'pm_test_template';

/** The URL of another database on the same server as `url`. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
