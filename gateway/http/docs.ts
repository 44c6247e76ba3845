// REST documentation served by us: the OpenAPI document and a Swagger UI page whose assets come from node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { RestRoute } from '../rest/route.js';
import { buildOpenApi } from '../rest/openapi.js';

const require = createRequire(import.meta.url);
const swaggerDir = dirname(require.resolve('swagger-ui-dist/package.json'));

/** Where the OpenAPI document is served. */
export const openApiUrl = '/api/v1/openapi.json';

/** Asset name → content type; files of swagger-ui-dist. */
const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css',
  'swagger-ui-bundle.js': 'application/javascript',
  'swagger-ui-standalone-preset.js': 'application/javascript',
  'favicon-32x32.png': 'image/png',
};

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Peer-mentor API · REST docs</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
<script>
window.ui = SwaggerUIBundle({
  url: '${openApiUrl}', dom_id: '#swagger-ui', validatorUrl: null, deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout',
});
</script></body></html>`;

/** Registers /api/v1/openapi.json, /docs and /docs/assets/*; the document is built once from the table. */
export function registerDocs(app: FastifyInstance, table: RestRoute[], opts: { bearer?: boolean } = {}): void {
  let document: string | undefined;
  app.get(openApiUrl, async (_req, reply) => {
    document ??= JSON.stringify(buildOpenApi(table, opts));
    return reply.type('application/json').send(document);
  });
  app.get('/docs', async (_req, reply) => reply.type('text/html').send(page));
  const cache = new Map<string, Buffer>();
  app.get<{ Params: { name: string } }>('/docs/assets/:name', async (req, reply) => {
    // own keys only: `constructor`, `__proto__`, `toString` … are names of Object.prototype, not assets
    const type = Object.hasOwn(assets, req.params.name) ? assets[req.params.name] : undefined;
    if (!type) return reply.callNotFound();
    let body = cache.get(req.params.name);
    if (!body) {
      body = readFileSync(join(swaggerDir, req.params.name));
      cache.set(req.params.name, body);
    }
    return reply.type(type).header('cache-control', 'public, max-age=86400').send(body);
  });
}
