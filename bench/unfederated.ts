// Scenario 8: the API's graph without federation — one Apollo Server (the gateway's own options: guards, error
// masking) over the merged schema of bench/unfederated-schema.ts, on Fastify as the gateway is, in one process.
import Fastify from 'fastify';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { openDatabase } from '../lib/db.js';
import { federationDeps, inProcessExecutor } from '../lib/entities.js';
import { openAccess } from '../lib/caller.js';
import { createApolloServer } from '../gateway/gateway.js';
import { subgraphModules } from '../gateway/subgraphs.js';
import { unfederatedContext, unfederatedSchema } from './unfederated-schema.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must name the bench database');
const database = await openDatabase({ url, migrate: false });
const apollo = createApolloServer(unfederatedSchema(subgraphModules), { introspection: false });
await apollo.start();
// cross-subgraph calls a resolver makes itself still run in this process, on the subgraphs' own schemas
const calls = inProcessExecutor(subgraphModules, database);
const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'warn' } });
app.get('/health', () => ({ status: 'ok' }));
app.route({
  method: ['GET', 'POST'],
  url: '/graphql',
  handler: fastifyApolloHandler(apollo, {
    context: () =>
      Promise.resolve(
        unfederatedContext(subgraphModules, {
          db: database.db,
          transaction: database.transaction,
          ...federationDeps(calls, { access: openAccess }),
        }),
      ),
  }),
});
await app.listen({ port: Number(process.env.PORT ?? 4604), host: '127.0.0.1' });
console.log(`unfederated schema on ${process.env.PORT ?? 4604}`);
