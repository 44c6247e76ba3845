// Serves one subgraph over HTTP (distributed topology): loopback by default, shared secret required.
import Fastify from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler, fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { openDatabase, type Database } from './db.js';
import { federationDeps } from './entities.js';
import { remoteExecutor } from './remote-executor.js';
import { maskError } from './mask-error.js';
import { defaultSubgraphPorts, SECRET_HEADER, subgraphSecret, subgraphUrl, type SubgraphName } from './config.js';
import type { SubgraphModule } from './subgraph.js';
import { seedSubgraph } from '../drizzle/seed/index.js';
import { exitUnlessPortFree, listenOrExit } from './listen.js';
import { onShutdown } from './shutdown.js';
import { callerRequired } from './auth-mode.js';
import { accessOf, type Caller } from './caller.js';
import { CALLER_HEADER, verifyCaller } from './caller-header.js';

/** Options for a subgraph server; everything defaults from the environment. */
export interface ServeOptions {
  port?: number;
  host?: string;
  /** An open database to use (tests); otherwise DATABASE_URL or a PGlite directory per subgraph. */
  database?: Database;
  secret?: string;
  /** URL of another subgraph, for entity lookups. */
  urlOf?: (name: string) => string;
  logLevel?: string;
  /** Every request must carry a signed caller (default: from the environment, lib/auth-mode.ts). */
  requireCaller?: boolean;
}

/** Compares the presented secret with the expected one in constant time (both hashed to equal length). */
export function secretMatches(presented: unknown, secret: string): boolean {
  if (typeof presented !== 'string') return false;
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(digest(presented), digest(secret));
}

/** Starts the subgraph's HTTP server; resolves with its URL and a close function. */
export async function serveSubgraph(mod: SubgraphModule, opts: ServeOptions = {}) {
  const env = process.env;
  const secret = opts.secret ?? subgraphSecret();
  if (!secret) throw new Error('SUBGRAPH_SECRET must be set: subgraphs only answer the gateway');
  const port = opts.port ?? Number(env.PORT ?? defaultSubgraphPorts[mod.name]);
  const host = opts.host ?? env.HOST ?? '127.0.0.1';
  await exitUnlessPortFree(port, host);
  const ownDb = !opts.database;
  const database =
    opts.database ??
    (await openDatabase({
      url: env.DATABASE_URL || undefined,
      dataDir: env.DATABASE_URL ? undefined : `${env.DATA_DIR ?? './.data'}/${mod.name}`,
    }));
  if (ownDb && database.kind === 'pglite') await seedSubgraph(database, mod.name);
  const calls = remoteExecutor(opts.urlOf ?? ((n) => subgraphUrl(n as SubgraphName)), secret);

  // requestIdHeader: the gateway's x-request-id becomes this server's request id, so both logs share it.
  const app = Fastify({ logger: { level: opts.logLevel ?? env.LOG_LEVEL ?? 'info' }, requestIdHeader: 'x-request-id' });
  const apollo = new ApolloServer({
    schema: mod.schema,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Our own drain (lib/shutdown.ts) handles SIGTERM/SIGINT; Apollo's handler would race it and stop the schema
    // while requests are in flight (it is only installed outside NODE_ENV=test, so tests never saw it).
    stopOnTerminationSignals: false,
    formatError: (formatted, original) => {
      const masked = maskError(formatted, original);
      if (masked.message !== formatted.message)
        app.log.error({ err: original }, `subgraph error masked: ${formatted.message}`);
      return masked;
    },
    plugins: [fastifyApolloDrainPlugin(app), ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const requireCaller = opts.requireCaller ?? callerRequired();
  const callers = new WeakMap<object, Caller>();
  app.addHook('onRequest', async (req, reply) => {
    if (!secretMatches(req.headers[SECRET_HEADER], secret)) {
      return reply
        .code(401)
        .send({ error: { code: 'UNAUTHORIZED', message: 'this subgraph only answers the gateway' } });
    }
    // who is asking: the gateway's signed caller; with authentication on, a request without one is refused
    const header = req.headers[CALLER_HEADER];
    if (typeof header === 'string' && header !== '') {
      try {
        callers.set(req, await verifyCaller(header, secret));
      } catch (err) {
        req.log.warn({ err }, 'signed caller refused');
        return reply.code(401).send({
          errors: [{ message: `the ${CALLER_HEADER} header does not verify`, extensions: { code: 'UNAUTHENTICATED' } }],
        });
      }
    } else if (requireCaller) {
      return reply.code(401).send({
        errors: [
          {
            message: `authentication is on: expected the gateway's signed caller in ${CALLER_HEADER}; none came`,
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
    }
  });
  const handler = fastifyApolloHandler(apollo, {
    // The request id (the gateway's x-request-id) goes to the context and on with every cross-subgraph call.
    context: (req) => {
      const requestId = String(req.id);
      const caller = callers.get(req);
      return Promise.resolve(
        mod.createContext({
          db: database.db,
          transaction: database.transaction,
          ...federationDeps(calls, {
            requestId,
            access: accessOf(caller, requireCaller || caller !== undefined),
            ...(caller ? { caller } : {}),
          }),
        }) as object,
      );
    },
  });
  app.route({ method: ['GET', 'POST'], url: '/graphql', handler });
  const address = await listenOrExit(() => app.listen({ port, host }), port);
  const close = async () => {
    await app.close();
    await apollo.stop();
    if (ownDb) await database.close();
  };
  return { url: `${address}/graphql`, close, log: app.log };
}

/** A subgraph's `index.ts`: serves it, and drains on SIGTERM/SIGINT or when the launching process goes away. */
export async function runSubgraph(mod: SubgraphModule): Promise<void> {
  const { url, close, log } = await serveSubgraph(mod);
  log.info(`${mod.name} subgraph on ${url}`);
  onShutdown(log, [close]);
}
