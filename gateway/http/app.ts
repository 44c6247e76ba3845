// The one HTTP server: /graphql (gateway + GraphiQL), /health, /ready and the REST layer under /api/v1.
import { accessOf } from '../../lib/caller.js';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { GraphQLDataSource } from '@apollo/gateway';
import { fastifyApolloHandler, fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { Database } from '../../lib/db.js';
import type { SubgraphName } from '../../lib/config.js';
import { createApolloServer, createGateway } from '../gateway.js';
import type { GatewayContext } from '../context.js';
import { installErrorHandlers, sendError } from './errors.js';
import { graphiqlPage, registerGraphiQLAssets, wantsGraphiQL } from './graphiql.js';
import { registerRoutes, type GraphQLRunner } from '../rest/register.js';
import { routeTable } from '../rest/table.js';
import { registerAssets } from './assets.js';
import { installJsonDepthLimit } from './body-depth.js';
import { registerDocs } from './docs.js';
import { createMetrics, graphqlMetricsPlugin, instrumentSource, registerMetrics } from './metrics.js';
import { installRequestLogging, requestIdOf, requestInfo } from './logging.js';
import { defaultRequestTimeoutMs, installUploadDrain, requestTimeoutOptions } from './uploads.js';
import { authConfig, type AuthConfig } from '../auth/config.js';
import { createVerifier } from '../auth/verify.js';
import { callerOf, installAuth } from './auth.js';
import { pathsOf } from '../rest/register.js';

/** Options for the HTTP app. */
export interface AppOptions {
  database: Database;
  topology?: 'in-process' | 'distributed';
  urls?: Partial<Record<SubgraphName, string>>;
  secret?: string;
  logLevel?: string;
  introspection?: boolean;
  /** Where log lines go (default stdout); tests capture them here. */
  logStream?: { write(line: string): void };
  /** Mask "Did you mean" suggestions (default: NODE_ENV=production). */
  hideSuggestions?: boolean;
  /** Longest a subgraph fetch may take (default SUBGRAPH_TIMEOUT_MS or 10 s). */
  subgraphTimeoutMs?: number;
  /** Longest a request may take to arrive before it is answered 408 (default REQUEST_TIMEOUT_MS or 30 s). */
  requestTimeoutMs?: number;
  /** Wraps each subgraph's data source inside the metrics (a test hook: e.g. one that fails every fetch). */
  wrapSource?: (subgraph: string, source: GraphQLDataSource) => GraphQLDataSource;
  /** Authentication (default: from the environment, gateway/auth/config.ts); off answers as before. */
  auth?: AuthConfig;
}

/** A started app (not yet listening) and how to stop it. */
export interface App {
  app: FastifyInstance;
  /** A plain function (not a method), so it may be taken off the object: `const { app, close } = await buildApp(…)`. */
  close: () => Promise<void>;
}

/** The gateway context of an HTTP request: its id, log info, verified caller and Authorization header. */
function gatewayContext(req: FastifyRequest): GatewayContext {
  const caller = callerOf(req);
  const authorization = req.headers.authorization;
  return {
    requestId: String(req.id),
    info: requestInfo(req),
    ...(caller ? { caller } : {}),
    ...(authorization ? { authorization } : {}),
  };
}

/** Builds the HTTP app over a started gateway. */
export async function buildApp(opts: AppOptions): Promise<App> {
  const auth = opts.auth ?? authConfig();
  const app = Fastify({
    logger: {
      level: opts.logLevel ?? process.env.LOG_LEVEL ?? 'info',
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    },
    bodyLimit: 1_048_576,
    // `/api/v1/mentor-statuses/` is `/api/v1/mentor-statuses`, on every row and both path forms.
    routerOptions: { ignoreTrailingSlash: true },
    ...requestTimeoutOptions(opts.requestTimeoutMs ?? defaultRequestTimeoutMs),
    // Malformed URLs (bad percent-encoding, oversized path parameters) answer in the error shape too.
    frameworkErrors: (err, _req, reply) => {
      void sendError(reply, 400, 'BAD_REQUEST', `malformed request: ${err.message}`);
    },
    genReqId: (req) => requestIdOf(req.headers['x-request-id']),
    logController: new LogController({ disableRequestLogging: true }),
  });
  installRequestLogging(app);
  installUploadDrain(app);
  const metrics = createMetrics(opts.database);
  registerMetrics(app, metrics);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  installErrorHandlers(app);
  installJsonDepthLimit(app);
  if (auth.mode === 'on')
    installAuth(app, createVerifier(auth), new Set(['/graphql', ...routeTable.flatMap((row) => pathsOf(row))]));

  const gateway = createGateway({
    topology: opts.topology ?? 'in-process',
    database: opts.database,
    urls: opts.urls,
    secret: opts.secret,
    subgraphTimeoutMs: opts.subgraphTimeoutMs,
    authOn: auth.mode === 'on',
    logError: (err, msg) => app.log.error({ err }, msg),
    wrapSource: (name, source) => instrumentSource(name, opts.wrapSource?.(name, source) ?? source, metrics),
  });
  const apollo = createApolloServer(gateway, {
    introspection: opts.introspection,
    hideSuggestions: opts.hideSuggestions,
    logError: (err, msg) => app.log.error({ err }, msg),
  });
  apollo.addPlugin(fastifyApolloDrainPlugin(app));
  apollo.addPlugin(
    graphqlMetricsPlugin<GatewayContext>(metrics, (ctx, name) => {
      if (ctx.info) ctx.info.operation = name;
    }),
  );
  await apollo.start();

  const graphqlHandler = fastifyApolloHandler(apollo, {
    context: (req) => Promise.resolve(gatewayContext(req)),
  });
  app.route({
    method: ['GET', 'POST'],
    url: '/graphql',
    handler: async (req, reply) => {
      if (req.method === 'GET' && wantsGraphiQL(req.headers.accept, req.query))
        return reply.type('text/html').send(graphiqlPage);
      return graphqlHandler.call(app, req as never, reply as never);
    },
  });
  registerGraphiQLAssets(app);
  registerAssets(app);

  app.get('/health', () => ({ status: 'ok' }));
  app.get('/ready', async (_req, reply) => {
    try {
      await opts.database.ping();
      return { status: 'ready', database: opts.database.kind };
    } catch {
      return sendError(reply, 503, 'SERVICE_UNAVAILABLE', 'the database does not answer');
    }
  });

  const run: GraphQLRunner = async (query, variables, req) => {
    const res = await apollo.executeOperation(
      { query, variables },
      // the REST row's caller and Authorization go on to the operation it runs
      { contextValue: gatewayContext(req) },
    );
    if (res.body.kind !== 'single') throw new Error('unexpected incremental GraphQL response');
    return res.body.singleResult;
  };
  registerDocs(app, routeTable, { bearer: auth.mode === 'on' });
  registerRoutes(app, routeTable, run, {
    db: opts.database.db,
    accessOf: (req) => accessOf(callerOf(req), auth.mode === 'on'),
  });

  return {
    app,
    close: async () => {
      // Keep-alive sockets that fall idle while we drain would hold the server open: close them as they go idle.
      const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
      try {
        await app.close();
      } finally {
        clearInterval(sweep);
      }
      await apollo.stop();
    },
  };
}
