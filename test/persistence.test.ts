// The embedded default keeps its data in a directory: what was written is there after a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../lib/db.js';
import { mentors } from '../subgraphs/mentors/tables.js';
import { onPostgres } from './support/db.js';

describe.skipIf(onPostgres)('embedded PGlite data directory', () => {
  it('keeps a write across close and reopen, and re-applying migrations is a no-op', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-pglite-'));
    try {
      const first = await openDatabase({ dataDir: dir });
      await first.db
        .insert(mentors)
        .values({ id: 'mentor-persist', fullName: 'Persisted Person', email: 'p@example.org', orgId: 'org_x' });
      await first.close();
      const second = await openDatabase({ dataDir: dir });
      const rows = await second.db.select().from(mentors).where(eq(mentors.id, 'mentor-persist'));
      await second.close();
      expect(rows.map((r) => r.fullName)).toEqual(['Persisted Person']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
