// The Apollo gateway over the committed supergraph, in-process or distributed, and its Apollo Server.
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { execute, parse } from 'graphql';
import type { Db } from '../lib/db.js';
import { federationDeps, type SubgraphExecutor } from '../lib/entities.js';
import { maskError } from '../lib/mask-error.js';
import { SECRET_HEADER, subgraphSecret, subgraphUrl, type SubgraphName } from '../lib/config.js';
import { subgraphModules } from './subgraphs.js';
import { InProcessDataSource } from './in-process-source.js';

/** The supergraph SDL composed by `npm run compose`. */
export const supergraphPath = new URL('../schema/supergraph.graphql', import.meta.url);

/** Context of one gateway request. */
export interface GatewayContext { requestId?: string }

/** Options for building the gateway. */
export interface GatewayOptions {
  topology: 'in-process' | 'distributed';
  /** Database for in-process subgraphs (unused when distributed). */
  db?: Db;
  /** Subgraph URLs for the distributed topology (defaults from the environment). */
  urls?: Partial<Record<SubgraphName, string>>;
  secret?: string;
  introspection?: boolean;
}

/** An executor that runs documents directly against the in-process subgraph schemas. */
function inProcessExecutor(db: Db): SubgraphExecutor {
  const exec: SubgraphExecutor = async (name, query, variables) => {
    const mod = subgraphModules[name as SubgraphName];
    const result = await execute({
      schema: mod.schema, document: parse(query), variableValues: variables,
      contextValue: mod.createContext({ db, ...federation }),
    });
    return { data: result.data as Record<string, unknown> | null, errors: result.errors };
  };
  const federation = federationDeps(exec);
  return exec;
}

/** Builds the ApolloGateway for the chosen topology. */
export function createGateway(opts: GatewayOptions): ApolloGateway {
  const supergraphSdl = readFileSync(supergraphPath, 'utf8');
  const secret = opts.secret ?? subgraphSecret();
  return new ApolloGateway({
    supergraphSdl,
    queryPlannerConfig: { exposeDocumentNodeInFetchNode: true },
    buildService({ name, url }) {
      const sub = name as SubgraphName;
      if (opts.topology === 'in-process') {
        if (!opts.db) throw new Error('in-process topology needs a database');
        const db = opts.db;
        const federation = federationDeps(inProcessExecutor(db));
        return new InProcessDataSource(subgraphModules[sub].schema, () => subgraphModules[sub].createContext({ db, ...federation }));
      }
      return new RemoteGraphQLDataSource({
        url: opts.urls?.[sub] ?? subgraphUrl(sub) ?? url,
        willSendRequest({ request, context }) {
          if (secret) request.http?.headers.set(SECRET_HEADER, secret);
          const rid = (context as GatewayContext).requestId;
          if (rid) request.http?.headers.set('x-request-id', rid);
        },
      });
    },
  });
}

/** Builds (not starts) the Apollo Server that fronts the gateway. */
export function createApolloServer(
  gateway: ApolloGateway,
  opts: { introspection?: boolean; logError?: (err: unknown, message: string) => void } = {},
) {
  return new ApolloServer<GatewayContext>({
    gateway,
    introspection: opts.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    formatError: (formatted, original) => {
      const masked = maskError(formatted, original);
      if (masked.extensions?.code === 'INTERNAL_SERVER_ERROR' || masked.extensions?.code === 'SERVICE_UNAVAILABLE') {
        opts.logError?.(original, `GraphQL error masked: ${formatted.message}`);
      }
      return masked;
    },
  });
}
