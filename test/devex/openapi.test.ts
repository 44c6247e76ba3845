// The OpenAPI document: generated from the route table, valid OpenAPI 3.1, served with a docs page that works offline,
// and the response check that holds every REST response of the suite to it.
import type { Json } from '../support/json.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startTestApp, type TestApp } from '../support/app.js';
import { openApiMismatch } from '../support/openapi-check.js';
import { buildOpenApi, openApiPath } from '../../gateway/rest/openapi.js';
import { routeTable } from '../../gateway/rest/table.js';
import { pathsOf } from '../../gateway/rest/register.js';
import { handlerRoute } from '../../gateway/rest/route.js';
import { idParam } from '../../gateway/rest/shared.js';

let t: TestApp;
let doc: Json;
beforeAll(async () => {
  t = await startTestApp(undefined, { checkResponses: true });
  const res = await t.request('GET', '/api/v1/openapi.json');
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  doc = res.json();
});
afterAll(async () => {
  await t?.close();
});

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
  });

  it('lists every row of the route table on both of its paths, with the error shape for failures', () => {
    expect(routeTable.length).toBeGreaterThan(0);
    for (const row of routeTable) {
      for (const path of pathsOf(row)) {
        const op = doc.paths[openApiPath(path)]?.[row.method.toLowerCase()];
        expect(op, `${row.method} ${path}`).toBeDefined();
        expect(op.summary).toBe(row.summary);
        expect(Object.keys(op.responses)).toContain(String(row.status ?? 200));
        for (const s of ['400', '404', '422', '500']) {
          expect(op.responses[s].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
        }
      }
    }
    expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
  });

  it('every row documents its response body', () => {
    const undocumented = routeTable.filter((r) => !r.response).map((r) => `${r.method} ${r.path}`);
    expect(undocumented).toEqual([]);
  });

  it('is generated from the zod schemas of the rows, not written beside them', () => {
    const row = handlerRoute({
      method: 'PUT',
      service: '/api/v1/widgets',
      path: '/api/v1/widgets/:id',
      summary: 'Update a widget',
      params: z.object({ id: idParam }),
      query: z.object({ dry_run: z.enum(['true', 'false']).optional() }),
      body: z.strictObject({ name: z.string().min(1), size: z.number().int().optional() }),
      handle: () => Promise.resolve({ status: 202, body: {} }),
      status: 202,
      response: z.object({ id: z.string(), name: z.string(), updated_at: z.string().nullable() }),
    });
    const built: Json = buildOpenApi([row]);
    const op = built.paths['/api/v1/widgets/{id}'].put;
    expect(built.paths['/api/v1/widgets/api/v1/widgets/{id}'].put.operationId).toBe(`${op.operationId}Literal`);
    expect(op.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 64 } },
      { name: 'dry_run', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'] } },
    ]);
    expect(op.requestBody.content['application/json'].schema).toMatchObject({
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: { name: { type: 'string', minLength: 1 }, size: { type: 'integer' } },
    });
    expect(op.responses['202'].content['application/json'].schema).toMatchObject({
      required: ['id', 'name', 'updated_at'],
      properties: { updated_at: { type: ['string', 'null'] } },
    });
    expect(Object.keys(op.responses)).toEqual(
      expect.arrayContaining(['202', '400', '404', '409', '413', '415', '422']),
    );
  });
});

describe('docs page', () => {
  it('serves /docs with Swagger UI assets from this server only', async () => {
    const page = await t.request('GET', '/docs');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const refs = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(3);
    for (const ref of refs) {
      expect(ref.startsWith('/docs/assets/'), ref).toBe(true);
      const asset = await t.request('GET', ref);
      expect(asset.statusCode, ref).toBe(200);
      expect(asset.body.length, ref).toBeGreaterThan(100);
    }
    expect(page.body).toContain("url: '/api/v1/openapi.json'");
    expect((await t.request('GET', '/docs/assets/../package.json')).statusCode).toBe(404);
    expect((await t.request('GET', '/docs/assets/index.html')).statusCode).toBe(404);
  });
});

describe('response check against the document', () => {
  it('accepts the real responses of a documented endpoint, on both paths, errors included', async () => {
    for (const url of [
      '/api/v1/mentor-statuses?limit=3',
      '/api/v1/mentor-statuses/api/v1/mentor-statuses?limit=3',
      '/api/v1/mentor-statuses?limit=0',
    ]) {
      const res = await t.request('GET', url); // the check is on for this file: a mismatch would throw here
      expect([200, 400]).toContain(res.statusCode);
      expect(openApiMismatch('GET', url, res.statusCode, res.body)).toBeNull();
    }
  });

  it('names the field, the endpoint and the status when a body breaks the documented schema', async () => {
    const good = (await t.request('GET', '/api/v1/mentor-statuses?limit=1')).json();
    const bad = JSON.stringify({ ...good, data: [{ ...good.data[0], mentor_id: 7 }] });
    const msg = openApiMismatch('GET', '/api/v1/mentor-statuses', 200, bad);
    expect(msg).toContain('GET /api/v1/mentor-statuses → 200');
    expect(msg).toContain('/data/0/mentor_id must be string');
    expect(
      openApiMismatch(
        'GET',
        '/api/v1/mentor-statuses',
        200,
        JSON.stringify({ data: [], pagination: { page: 1, limit: 20, total: 0 }, extra: 1 }),
      ),
    ).toContain('must NOT have additional properties (extra)');
  });

  it('rejects undocumented statuses, error bodies out of shape and endpoints missing from the document', () => {
    expect(openApiMismatch('GET', '/api/v1/mentor-statuses', 418, '{}')).toContain('status 418 is not documented');
    expect(openApiMismatch('GET', '/api/v1/mentor-statuses', 400, '{"message":"x"}')).toContain(
      "must have required property 'error'",
    );
    expect(openApiMismatch('PATCH', '/api/v1/nowhere', 200, '{}')).toContain('no operation in the OpenAPI document');
    expect(
      openApiMismatch('GET', '/api/v1/nowhere', 404, '{"error":{"code":"NOT_FOUND","message":"no route"}}'),
    ).toBeNull();
  });
});
