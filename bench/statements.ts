// Counts SQL statements the servers run, from PostgreSQL's pg_stat_statements.
import postgres from 'postgres';

/** A statement counter over pg_stat_statements (server started with shared_preload_libraries). */
export async function statementCounter(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  let available = true;
  try {
    await sql`create extension if not exists pg_stat_statements`;
    await sql`select pg_stat_statements_reset()`;
  } catch {
    available = false;
  }
  const total = async (): Promise<number | null> => {
    if (!available) return null;
    const [row] = await sql`select coalesce(sum(calls), 0)::bigint as n from pg_stat_statements
      where query not ilike '%pg_stat_statements%' and query not in ('BEGIN', 'COMMIT', 'begin', 'commit')`;
    return Number(row.n);
  };
  return {
    available: () => available,
    /** Statements run while `fn` ran, divided by `requests`. */
    async perRequest(fn: () => Promise<number>): Promise<number | null> {
      const before = await total();
      const requests = await fn();
      const after = await total();
      return before === null || after === null || requests === 0 ? null : (after - before) / requests;
    },
    close: () => sql.end({ timeout: 5 }),
  };
}
