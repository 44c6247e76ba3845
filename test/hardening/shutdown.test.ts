// SIGTERM under concurrent write load: the API drains, exits 0, and every write answered 2xx is in the database.
import { rowsOf } from '../../lib/rows.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db.js';
import { exited, freePort, preparedDatabaseEnv, spawnTsx, waitUntil } from './processes.js';

const dir = mkdtempSync(join(tmpdir(), 'pm-sigterm-'));
let prepared: Awaited<ReturnType<typeof preparedDatabaseEnv>> | undefined;
afterAll(async () => {
  await prepared?.drop();
  rmSync(dir, { recursive: true, force: true });
});

const create = `mutation ($input: CreateMentorInput!) { createMentor(input: $input) { mentor { id } } }`;

describe('graceful shutdown', () => {
  it('finishes requests in flight on SIGTERM and every 2xx write is stored', async () => {
    prepared = await preparedDatabaseEnv(dir, ['api']);
    const env = process.env.DATABASE_URL ? prepared.env : { DATA_DIR: join(dir, 'api'), DATABASE_URL: '' };
    const port = await freePort();
    const api = spawnTsx('gateway/main.ts', { ...env, PORT: String(port), HOST: '127.0.0.1' });
    const base = `http://127.0.0.1:${port}`;
    await waitUntil(async () => (await fetch(`${base}/ready`)).ok, 180_000, 'API start');

    const acknowledged: string[] = [];
    let sent = 0;
    let stop = false;
    const worker = async (w: number) => {
      while (!stop) {
        const id = `sigterm-${w}-${sent++}`;
        try {
          const res = await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: create,
              variables: { input: { id, fullName: `Load ${id}`, email: `${id}@example.org`, orgId: 'org_fjord_02' } },
            }),
          });
          if (res.status === 503) {
            stop = true;
            break;
          } // the server is closing: a well-behaved client stops
          const json = (await res.json()) as { data?: { createMentor?: { mentor: { id: string } } } };
          if (res.ok && json.data?.createMentor?.mentor.id === id) acknowledged.push(id);
        } catch {
          stop = true; // connection refused: the server no longer accepts
        }
      }
    };
    const workers = Array.from({ length: 6 }, (_, w) => worker(w));
    await waitUntil(() => acknowledged.length >= 20, 120_000, '20 acknowledged writes');
    api.kill('SIGTERM');
    const code = await exited(api);
    stop = true;
    await Promise.all(workers);
    expect(code, api.output.join('').slice(-2000)).toBe(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);

    const db = await openDatabase(
      process.env.DATABASE_URL
        ? { url: env.DATABASE_URL, migrate: false }
        : { dataDir: join(dir, 'api'), migrate: false },
    );
    try {
      const res = await db.db.execute(sql`select id from mentors.mentors where id like 'sigterm-%'`);
      const rows = rowsOf<{ id: string }>(res);
      const stored = new Set(rows.map((r) => r.id));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    } finally {
      await db.close();
    }
  }, 300_000);
});
