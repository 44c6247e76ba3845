// GraphiQL served entirely by us (no CDN): the page and its React/GraphiQL assets from node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { detailFields } from '../detail-query.js';

const require = createRequire(import.meta.url);

/** A file inside an installed package (read past its `exports` map). */
function packageFile(path: string): string {
  const [pkg, ...rest] = path.split('/');
  return join(dirname(require.resolve(`${pkg}/package.json`)), ...rest);
}

/** Asset name → [file in node_modules, content type]. */
const assets: Record<string, [string, string]> = {
  'react.js': ['react/umd/react.production.min.js', 'application/javascript'],
  'react-dom.js': ['react-dom/umd/react-dom.production.min.js', 'application/javascript'],
  'graphiql.js': ['graphiql/graphiql.min.js', 'application/javascript'],
  'graphiql.css': ['graphiql/graphiql.min.css', 'text/css'],
};

/** The query GraphiQL opens with: the mentor detail view from all four subgraphs. */
export const defaultQuery = `query MentorDetail($id: ID! = "mentor-001") {
  mentor(id: $id) {
${detailFields}
    activities(limit: 5) { items { id type { displayName } status occurredAt durationMinutes } pageInfo { total hasNextPage } }
    milestones(status: ACHIEVED) { id name type achievedAt }
    reports(first: 5) { id status sessionDate participantEngagement }
  }
}
`;

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Peer-mentor API · GraphiQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style></head>
<body><div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/react.js"></script><script src="/graphiql/react-dom.js"></script><script src="/graphiql/graphiql.js"></script>
<script>
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(defaultQuery)}, defaultEditorToolsVisibility: true }));
</script></body></html>`;

/** True when a GET /graphql comes from a browser wanting a page rather than a GraphQL answer. */
export function wantsGraphiQL(accept: string | undefined, query: unknown): boolean {
  const hasQuery = !!query && typeof query === 'object' && 'query' in query;
  return !hasQuery && !!accept && accept.includes('text/html');
}

/** The GraphiQL page HTML. */
export const graphiqlPage = page;

/** Serves the GraphiQL assets under /graphiql/. */
export function registerGraphiQLAssets(app: FastifyInstance): void {
  const cache = new Map<string, Buffer>();
  app.get<{ Params: { name: string } }>('/graphiql/:name', async (req, reply) => {
    // own keys only: `constructor`, `__proto__`, `valueOf` … are names of Object.prototype, not assets
    const asset = Object.hasOwn(assets, req.params.name) ? assets[req.params.name] : undefined;
    if (!asset) return reply.callNotFound();
    let body = cache.get(req.params.name);
    if (!body) {
      body = readFileSync(packageFile(asset[0]));
      cache.set(req.params.name, body);
    }
    return reply.type(asset[1]).header('cache-control', 'public, max-age=86400').send(body);
  });
}
