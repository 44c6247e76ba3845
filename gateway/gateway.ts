// The Apollo gateway over the committed supergraph, in-process or distributed, and its Apollo Server.
import { readFileSync } from 'node:fs';
import { ApolloGateway, type GatewayConfig, type GraphQLDataSource } from '@apollo/gateway';
import { withSharedScalars } from './scalars.js';
import { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Pools } from '../lib/db.js';
import { federationDeps, inProcessExecutor } from '../lib/entities.js';
import { maskError } from '../lib/mask-error.js';
import { SECRET_HEADER, subgraphSecret, subgraphUrl, type SubgraphName } from '../lib/config.js';
import { accessOf } from '../lib/caller.js';
import { CALLER_HEADER } from '../lib/caller-header.js';
import { signedCaller } from './caller.js';
import { subgraphModules } from './subgraphs.js';
import { InProcessDataSource } from './in-process-source.js';
import { defaultSubgraphTimeoutMs, HttpSubgraphSource } from './remote-source.js';
import type { GatewayContext } from './context.js';
import { operationGuards } from './limits.js';
import { requestErrorsPlugin } from './request-errors.js';
import { guardSource } from './unavailable.js';

/** The supergraph SDL composed by `npm run compose`. */
export const supergraphPath = new URL('../schema/supergraph.graphql', import.meta.url);

/** Options for building the gateway. */
export interface GatewayOptions {
  topology: 'in-process' | 'distributed';
  /** Database pools for in-process subgraphs (unused when distributed). */
  database?: Pools;
  /** Subgraph URLs for the distributed topology (defaults from the environment). */
  urls?: Partial<Record<SubgraphName, string>>;
  secret?: string;
  introspection?: boolean;
  /** Longest a subgraph fetch may take before its part answers SERVICE_UNAVAILABLE (default SUBGRAPH_TIMEOUT_MS or 10 s). */
  subgraphTimeoutMs?: number;
  /** Wraps every subgraph data source (metrics: gateway/http/metrics.ts). */
  wrapSource?: (subgraph: string, source: GraphQLDataSource) => GraphQLDataSource;
  /** Logs subgraph errors that are masked or failed fetches, server-side. */
  logError?: (err: unknown, message: string) => void;
  /**
   * Authentication on: each request's access comes from its verified caller, and a request without one sees nothing
   * (in-process); the subgraphs over HTTP get the caller signed with the subgraph secret. Off: everything is open.
   */
  authOn?: boolean;
}

/**
 * Keeps @apollo/gateway from phoning home: unless APOLLO_TELEMETRY_DISABLED is set, each gateway exports usage
 * metrics to Apollo's servers and probes the cloud metadata endpoints (169.254.169.254 …) to describe its host.
 * An explicit APOLLO_TELEMETRY_DISABLED=false still turns it back on.
 */
function disableApolloTelemetry(env = process.env): void {
  env.APOLLO_TELEMETRY_DISABLED ??= 'true';
}

/** Builds the ApolloGateway for the chosen topology. */
export function createGateway(opts: GatewayOptions): ApolloGateway {
  disableApolloTelemetry();
  const supergraphSdl = readFileSync(supergraphPath, 'utf8');
  const secret = opts.secret ?? subgraphSecret();
  const gateway = new ApolloGateway(
    wrapServices(opts, {
      supergraphSdl,
      queryPlannerConfig: { exposeDocumentNodeInFetchNode: true },
      buildService({ name, url }) {
        const sub = name as SubgraphName;
        if (opts.topology === 'in-process') {
          if (!opts.database) throw new Error('in-process topology needs a database');
          const { db, transaction } = opts.database;
          const calls = inProcessExecutor(subgraphModules, opts.database);
          return new InProcessDataSource(
            subgraphModules[sub].schema,
            (gw?: GatewayContext) =>
              subgraphModules[sub].createContext({
                db,
                transaction,
                ...federationDeps(calls, {
                  requestId: gw?.requestId,
                  access: accessOf(gw?.caller, opts.authOn ?? false),
                  ...(gw?.caller ? { caller: gw.caller } : {}),
                }),
              }),
            opts.logError,
            opts.subgraphTimeoutMs ?? defaultSubgraphTimeoutMs,
            sub,
          );
        }
        return new HttpSubgraphSource({
          name: sub,
          url: opts.urls?.[sub] ?? subgraphUrl(sub) ?? url,
          timeoutMs: opts.subgraphTimeoutMs,
          async headers(gw) {
            const headers: Record<string, string> = {};
            if (secret) headers[SECRET_HEADER] = secret;
            if (gw.requestId) headers['x-request-id'] = gw.requestId;
            if (gw.authorization) headers.authorization = gw.authorization;
            if (gw.caller && secret) headers[CALLER_HEADER] = await signedCaller(gw, secret);
            return headers;
          },
        });
      },
    }),
  );
  return withSharedScalars(gateway);
}

/** Applies `wrapSource` to every data source the config builds, and around it the guard of `guardSource`. */
function wrapServices(opts: GatewayOptions, config: GatewayConfig): GatewayConfig {
  const build = 'buildService' in config ? config.buildService : undefined;
  if (!build) return config;
  const wrap = opts.wrapSource ?? ((_name: string, source: GraphQLDataSource) => source);
  return { ...config, buildService: (def) => guardSource(def.name, wrap(def.name, build(def)), opts.logError) };
}

/** Introspection (GraphiQL's schema) is on, except with NODE_ENV=production unless INTROSPECTION=true. */
export function introspectionAllowed(env = process.env): boolean {
  return env.NODE_ENV !== 'production' || env.INTROSPECTION === 'true';
}

/** Builds (not starts) the Apollo Server that fronts the gateway (or, for the bench, one merged schema). */
export function createApolloServer(
  gateway: ApolloGateway | GraphQLSchema,
  opts: { introspection?: boolean; hideSuggestions?: boolean; logError?: (err: unknown, message: string) => void } = {},
) {
  const guards = operationGuards({ hideSuggestions: opts.hideSuggestions ?? process.env.NODE_ENV === 'production' });
  return new ApolloServer<GatewayContext>({
    // a schema instead of the gateway: the same server over one executable schema (bench scenario 8)
    ...(gateway instanceof ApolloGateway ? { gateway } : { schema: gateway }),
    introspection: opts.introspection ?? introspectionAllowed(),
    includeStacktraceInErrorResponses: false,
    // gateway/shutdown.ts owns SIGTERM/SIGINT: Apollo must not stop (and re-raise the signal) on its own.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: guards.validationRules,
    parseOptions: guards.parseOptions,
    plugins: [ApolloServerPluginLandingPageDisabled(), requestErrorsPlugin, ...guards.plugins],
    formatError: (formatted, original) => {
      const masked = maskError(formatted, original);
      if (masked.extensions?.code === 'INTERNAL_SERVER_ERROR' || masked.extensions?.code === 'SERVICE_UNAVAILABLE') {
        opts.logError?.(original, `GraphQL error masked: ${formatted.message}`);
      }
      return masked;
    },
  });
}
