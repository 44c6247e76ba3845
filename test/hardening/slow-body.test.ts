// Request bodies that trickle in: answered 408 once REQUEST_TIMEOUT_MS passes, and never hold up a SIGTERM drain.
import { connect, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../gateway/http/app.js';
import { openTestDatabase } from '../support/db.js';
import { exited, freePort, preparedDatabaseEnv, spawnTsx, waitUntil } from './processes.js';

const dir = mkdtempSync(join(tmpdir(), 'pm-slowbody-'));
let prepared: Awaited<ReturnType<typeof preparedDatabaseEnv>> | undefined;
afterAll(async () => {
  await prepared?.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** A socket that sends a POST announcing a 100 000-byte body, then one byte every `everyMs`; collects what comes back. */
function stalledUpload(port: number, everyMs: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (d: string) => (received += d));
  socket.on('error', () => {});
  socket.write(
    'POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{',
  );
  const drip = setInterval(() => socket.writable && socket.write(' '), everyMs);
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())));
  return {
    closed,
    received: () => received,
    destroy: () => {
      clearInterval(drip);
      socket.destroy();
    },
    stop: () => clearInterval(drip),
  };
}

describe('slow request bodies', () => {
  it('answers 408 and closes the connection of a request not fully received within REQUEST_TIMEOUT_MS', async () => {
    const database = await openTestDatabase();
    const { app, close } = await buildApp({ database, logLevel: 'silent', requestTimeoutMs: 600 });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      const started = Date.now();
      const upload = stalledUpload(port, 100);
      const closedAt = await Promise.race([upload.closed, new Promise<number>((r) => setTimeout(() => r(-1), 5_000))]);
      upload.destroy();
      expect(closedAt, 'the connection was still open 5 s after the request started').not.toBe(-1);
      // Node checks the limit every quarter of it: closed between 600 ms and 600 + 150 ms (and scheduling slack).
      expect(closedAt - started).toBeGreaterThanOrEqual(550);
      expect(closedAt - started).toBeLessThan(2_000);
      expect(upload.received()).toMatch(/^HTTP\/1\.1 408 /);
      const body = upload.received().split('\r\n\r\n')[1];
      expect(JSON.parse(body)).toEqual({
        error: { code: 'REQUEST_TIMEOUT', message: expect.stringContaining('600 ms') },
      });
    } finally {
      await close();
      await database.close();
    }
  });

  it('answers malformed HTTP 400 in the error shape (Node rejects it before Fastify sees it)', async () => {
    const database = await openTestDatabase();
    const { app, close } = await buildApp({ database, logLevel: 'silent' });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      const socket = connect(port, '127.0.0.1');
      let received = '';
      socket.setEncoding('utf8');
      socket.on('data', (d: string) => (received += d));
      socket.on('error', () => {});
      socket.write('NOT HTTP AT ALL\r\n\r\n');
      await new Promise((r) => socket.once('close', r));
      expect(received).toMatch(/^HTTP\/1\.1 400 /);
      expect(JSON.parse(received.split('\r\n\r\n')[1])).toEqual({
        error: { code: 'BAD_REQUEST', message: expect.any(String) },
      });
    } finally {
      await close();
      await database.close();
    }
  });

  it('drains and exits 0 on SIGTERM while 3 uploads are stalled (each answered 503 and closed)', async () => {
    prepared = await preparedDatabaseEnv(dir, ['api']);
    const env = process.env.DATABASE_URL ? prepared.env : { DATA_DIR: join(dir, 'api'), DATABASE_URL: '' };
    const port = await freePort();
    // The receive limit and the drain limit are both far above the time the drain is allowed in this test.
    const api = spawnTsx('gateway/main.ts', {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      REQUEST_TIMEOUT_MS: '60000',
      SHUTDOWN_TIMEOUT_MS: '20000',
    });
    const uploads: ReturnType<typeof stalledUpload>[] = [];
    try {
      await waitUntil(async () => (await fetch(`http://127.0.0.1:${port}/ready`)).ok, 180_000, 'API start');
      uploads.push(...[0, 1, 2].map(() => stalledUpload(port, 5_000)));
      await new Promise((r) => setTimeout(r, 500)); // the three requests have reached the server
      const signalled = Date.now();
      api.kill('SIGTERM');
      const code = await exited(api);
      const took = Date.now() - signalled;
      const closedAt = await Promise.all(uploads.map((u) => u.closed));
      expect(code, api.output.join('').slice(-2000)).toBe(0);
      expect(took).toBeLessThan(5_000);
      for (const [i, u] of uploads.entries()) {
        expect(u.received(), `upload ${i}`).toMatch(/^HTTP\/1\.1 503 /);
        expect(u.received(), `upload ${i}`).toContain('"code":"SERVICE_UNAVAILABLE"');
        expect(closedAt[i] - signalled, `upload ${i}`).toBeLessThan(5_000);
      }
    } finally {
      for (const u of uploads) u.destroy();
      if (api.exitCode === null && api.signalCode === null) api.kill('SIGKILL');
    }
  }, 240_000);
});
