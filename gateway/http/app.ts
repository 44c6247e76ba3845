// The one HTTP server: /graphql (gateway + GraphiQL), /health, /ready and the REST layer under /api/v1.
import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { fastifyApolloHandler, fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { Database } from '../../lib/db.js';
import type { SubgraphName } from '../../lib/config.js';
import { createApolloServer, createGateway, type GatewayContext } from '../gateway.js';
import { installErrorHandlers, sendError } from './errors.js';
import { graphiqlPage, registerGraphiQLAssets, wantsGraphiQL } from './graphiql.js';
import { registerRoutes, type GraphQLRunner } from '../rest/register.js';
import { routeTable } from '../rest/table.js';

/** Options for the HTTP app. */
export interface AppOptions {
  database: Database;
  topology?: 'in-process' | 'distributed';
  urls?: Partial<Record<SubgraphName, string>>;
  secret?: string;
  logLevel?: string;
  introspection?: boolean;
}

/** A started app (not yet listening) and how to stop it. */
export interface App { app: FastifyInstance; close(): Promise<void> }

/** Builds the HTTP app over a started gateway. */
export async function buildApp(opts: AppOptions): Promise<App> {
  const app = Fastify({
    logger: { level: opts.logLevel ?? process.env.LOG_LEVEL ?? 'info' },
    bodyLimit: 1_048_576,
    genReqId: (req) => (typeof req.headers['x-request-id'] === 'string' && /^[\w.-]{1,128}$/.test(req.headers['x-request-id'])
      ? req.headers['x-request-id'] : randomUUID()),
  });
  app.addHook('onSend', async (req, reply) => { reply.header('x-request-id', req.id); });
  installErrorHandlers(app);

  const gateway = createGateway({ topology: opts.topology ?? 'in-process', db: opts.database.db, urls: opts.urls, secret: opts.secret });
  const apollo = createApolloServer(gateway, {
    introspection: opts.introspection,
    logError: (err, msg) => app.log.error({ err }, msg),
  });
  apollo.addPlugin(fastifyApolloDrainPlugin(app));
  await apollo.start();

  const graphqlHandler = fastifyApolloHandler(apollo, {
    context: async (req): Promise<GatewayContext> => ({ requestId: String(req.id) }),
  });
  app.route({
    method: ['GET', 'POST'], url: '/graphql',
    handler: async (req, reply) => {
      if (req.method === 'GET' && wantsGraphiQL(req.headers.accept, req.query)) return reply.type('text/html').send(graphiqlPage);
      return graphqlHandler.call(app, req as never, reply as never);
    },
  });
  registerGraphiQLAssets(app);

  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_req, reply) => {
    try {
      await opts.database.ping();
      return { status: 'ready', database: opts.database.kind };
    } catch {
      return sendError(reply, 503, 'SERVICE_UNAVAILABLE', 'the database does not answer');
    }
  });

  const run: GraphQLRunner = async (query, variables, req) => {
    const res = await apollo.executeOperation({ query, variables }, { contextValue: { requestId: String(req.id) } });
    if (res.body.kind !== 'single') throw new Error('unexpected incremental GraphQL response');
    return res.body.singleResult as Awaited<ReturnType<GraphQLRunner>>;
  };
  registerRoutes(app, routeTable, run);

  return {
    app,
    close: async () => { await app.close(); await apollo.stop(); },
  };
}
