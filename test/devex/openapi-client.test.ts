// A generated client over the served OpenAPI document: openapi-typescript turns it into types, a small openapi-fetch
// client written against them type-checks with `is_paused: true` (and not with the string 'true'), and the same
// client, compiled and run against the app, gets the answers the contract shows for those booleans.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ts from 'typescript';
import openapiTS, { astToString } from 'openapi-typescript';
import { startTestApp, type TestApp } from '../support/app.js';

const require = createRequire(import.meta.url);
const fetchDir = dirname(require.resolve('openapi-fetch/package.json'));
/** openapi-fetch's ES module and its types (the temporary folder has no node_modules to resolve it from). */
const openapiFetch = { js: join(fetchDir, 'dist/index.mjs'), types: join(fetchDir, 'dist/index.d.mts') };

/** The client, written against the generated `paths` as an application would. */
const client = `
import createClient from 'openapi-fetch';
import type { paths } from './api';

type Query = NonNullable<paths['/api/v1/mentor-statuses']['get']['parameters']['query']>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const isPausedIsBoolean: Same<Query['is_paused'], boolean | undefined> = true;

/** The is_paused flags of the mentor statuses listed for \`isPaused\`, and of the pause records for \`isActive\`. */
export async function flags(fetch: (req: Request) => Promise<Response>, isPaused: boolean, isActive: boolean) {
  const api = createClient<paths>({ baseUrl: 'http://rest.test', fetch });
  const statuses = await api.GET('/api/v1/mentor-statuses', { params: { query: { is_paused: isPaused, limit: 100 } } });
  if (!statuses.data) throw new Error(statuses.error.error.message);
  const records = await api.GET('/api/v1/pause-records', { params: { query: { is_active: isActive, limit: 100 } } });
  if (!records.data) throw new Error(records.error.error.message);
  const paused: boolean[] = statuses.data.data.map((s) => s.is_paused);
  const active: boolean[] = records.data.data.map((r) => r.is_active);
  return { paused, active };
}

export function legacySpelling(api: ReturnType<typeof createClient<paths>>) {
  // @ts-expect-error the query string's spelling is the wire form, not the documented type
  return api.GET('/api/v1/mentor-statuses', { params: { query: { is_paused: 'true' } } });
}
`;

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
  paths: { 'openapi-fetch': [openapiFetch.types] },
};

/** Type-checks the client beside the generated types; each diagnostic as `the source line → the message`. */
function typeCheck(dir: string, source: string): string[] {
  writeFileSync(join(dir, 'client.ts'), source);
  const program = ts.createProgram([join(dir, 'client.ts')], options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
    const text = d.file?.text.split('\n')[line]?.trim() ?? '';
    return `${text} → ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await startTestApp();
  dir = mkdtempSync(join(tmpdir(), 'openapi-client-'));
  const res = await t.request('GET', '/api/v1/openapi.json');
  expect(res.statusCode).toBe(200);
  writeFileSync(join(dir, 'api.ts'), astToString(await openapiTS(res.json())));
});
afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a client generated from the served document', () => {
  it('type-checks with is_paused: true, and the string spelling is a type error', () => {
    expect(typeCheck(dir, client)).toEqual([]);
    const unexpected = typeCheck(dir, client.replace('  // @ts-expect-error', '  //'));
    expect(unexpected).toHaveLength(1);
    expect(unexpected[0]).toContain("is_paused: 'true'");
    expect(unexpected[0]).toContain("Type 'string' is not assignable to type 'boolean | undefined'");
  });

  it('sends the booleans in the spelling the server takes, and gets the contract answers back', async () => {
    const js = ts
      .transpileModule(client, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } })
      .outputText.replace(`from 'openapi-fetch'`, `from ${JSON.stringify(pathToFileURL(openapiFetch.js).href)}`);
    writeFileSync(join(dir, 'client.mjs'), js);
    const compiled = (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'client.mjs')).href)) as {
      flags(
        fetch: (req: Request) => Promise<Response>,
        isPaused: boolean,
        isActive: boolean,
      ): Promise<{ paused: boolean[]; active: boolean[] }>;
    };
    const urls: string[] = [];
    const fetch = async (req: Request) => {
      const url = new URL(req.url);
      urls.push(url.pathname + url.search);
      const res = await t.request(req.method, url.pathname + url.search);
      return new Response(res.body, { status: res.statusCode, headers: { 'content-type': 'application/json' } });
    };
    for (const flag of [true, false]) {
      const { paused, active } = await compiled.flags(fetch, flag, flag);
      expect(paused.length).toBeGreaterThan(0);
      expect(new Set(paused)).toEqual(new Set([flag]));
      expect(active.length).toBeGreaterThan(0);
      expect(new Set(active)).toEqual(new Set([flag]));
    }
    expect(urls).toEqual([
      '/api/v1/mentor-statuses?is_paused=true&limit=100',
      '/api/v1/pause-records?is_active=true&limit=100',
      '/api/v1/mentor-statuses?is_paused=false&limit=100',
      '/api/v1/pause-records?is_active=false&limit=100',
    ]);
  });
});
