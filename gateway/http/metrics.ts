// Prometheus metrics (prom-client): HTTP requests per route, GraphQL operations, subgraph fetches, database pool.
import type { FastifyInstance } from 'fastify';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { allCacheLookups } from '../../lib/cache-stats.js';
import type { Database } from '../../lib/db.js';

/** The app's metrics, on a registry of its own (several apps may live in one process, e.g. in tests). */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  graphqlOperations: Counter<'operation' | 'outcome'>;
  graphqlDuration: Histogram<'operation'>;
  subgraphDuration: Histogram<'subgraph'>;
  subgraphErrors: Counter<'subgraph' | 'kind'>;
}

const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** At most this many distinct operation names get a label of their own; the rest count as `other`. */
const maxOperationNames = 200;

/** Creates the metrics; `database` adds pool and statement gauges read at scrape time. */
export function createMetrics(database?: Database, opts: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.processMetrics !== false) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  if (database) {
    new Gauge({
      name: 'db_pool_max_connections',
      help: 'Connections the database pool may open (PGlite: one, serialised)',
      labelNames: ['backend'],
      registers,
      collect() {
        this.set({ backend: database.kind }, database.kind === 'pglite' ? 1 : (database.poolMax ?? 10));
      },
    });
    let seen = 0;
    new Counter({
      name: 'db_statements_total',
      help: 'SQL statements sent to the database',
      labelNames: ['backend'],
      registers,
      collect() {
        const now = database.statements.count;
        if (now > seen) this.inc({ backend: database.kind }, now - seen);
        seen = now;
      },
    });
  }
  const counted = new Map<string, number>();
  new Counter({
    name: 'cache_lookups_total',
    help: 'Lookups of in-memory caches (peer_rank: the personal-stats percentile totals; peer_rank_delta: its stale entries, caught up or read whole), by outcome',
    labelNames: ['cache', 'outcome'],
    registers,
    collect() {
      for (const [cache, c] of allCacheLookups()) {
        for (const [outcome, now] of [
          ['hit', c.hits],
          ['miss', c.misses],
        ] as const) {
          const seen = counted.get(`${cache}|${outcome}`) ?? 0;
          if (now > seen) this.inc({ cache, outcome }, now - seen);
          counted.set(`${cache}|${outcome}`, now);
        }
      }
    },
  });
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests by route',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by route',
      labelNames: ['method', 'route', 'status'],
      buckets,
      registers,
    }),
    graphqlOperations: new Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations (incl. those the REST layer runs) by name and outcome',
      labelNames: ['operation', 'outcome'],
      registers,
    }),
    graphqlDuration: new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operation latency by name',
      labelNames: ['operation'],
      buckets,
      registers,
    }),
    subgraphDuration: new Histogram({
      name: 'subgraph_fetch_duration_seconds',
      help: 'Latency of gateway fetches to a subgraph',
      labelNames: ['subgraph'],
      buckets,
      registers,
    }),
    subgraphErrors: new Counter({
      name: 'subgraph_fetch_errors_total',
      help: 'Subgraph fetches that failed (transport) or answered errors (graphql)',
      labelNames: ['subgraph', 'kind'],
      registers,
    }),
  };
}

/** Counts every request by its registered route (not the raw URL) and serves GET /metrics. */
export function registerMetrics(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (req, reply) => {
    const labels = { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) };
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
  });
  app.get('/metrics', async (_req, reply) =>
    reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
}

/** Apollo plugin: per-operation count and latency; tells `onOperation` the name (for the request log line). */
export function graphqlMetricsPlugin<C>(
  metrics: Metrics,
  onOperation?: (ctx: C, name: string) => void,
): ApolloServerPlugin<C & object> {
  const known = new Set<string>();
  return {
    requestDidStart({ contextValue }) {
      const end = metrics.graphqlDuration.startTimer();
      return Promise.resolve({
        willSendResponse(rc) {
          let name = rc.operationName ?? (rc.operation ? 'anonymous' : 'invalid');
          if (!known.has(name)) {
            if (known.size < maxOperationNames) known.add(name);
            else name = 'other';
          }
          const body = rc.response.body;
          const failed = body.kind === 'single' && !!body.singleResult.errors?.length;
          metrics.graphqlOperations.inc({ operation: name, outcome: failed ? 'error' : 'ok' });
          end({ operation: name });
          onOperation?.(contextValue, name);
          return Promise.resolve();
        },
      });
    },
  };
}

/** Wraps a gateway data source to time its fetches and count failures. */
export function instrumentSource(subgraph: string, source: GraphQLDataSource, metrics: Metrics): GraphQLDataSource {
  // the labelled child once, not a label-set lookup per fetch
  const duration = metrics.subgraphDuration.labels({ subgraph });
  return {
    async process(options: GraphQLDataSourceProcessOptions) {
      const end = duration.startTimer();
      try {
        const result = await source.process(options);
        if (result.errors?.length) metrics.subgraphErrors.inc({ subgraph, kind: 'graphql' });
        return result;
      } catch (err) {
        metrics.subgraphErrors.inc({ subgraph, kind: 'transport' });
        throw err;
      } finally {
        end();
      }
    },
  };
}
