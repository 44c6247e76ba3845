// Where the prepared test database lives: a PGlite dump file, or a PostgreSQL template database.
import { fileURLToPath } from 'node:url';

/** Run id shared by the global setup and the workers (so concurrent runs never share a template). */
const runId = (process.env.PM_TEST_RUN ??= `${process.pid}`);

/** The PGlite dump written by the global setup. */
export const pgliteTemplatePath = fileURLToPath(new URL(`../../.tmp/test-template-${runId}.tar`, import.meta.url));

/** Name of the PostgreSQL template database the global setup prepares. */
export const pgTemplateName = `pm_test_template_${runId}`;

/** The URL of another database on the same server as `url`. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
