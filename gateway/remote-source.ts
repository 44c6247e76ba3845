// A subgraph over HTTP that cannot hang or leak: fetches time out, failures become SERVICE_UNAVAILABLE.
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from './context.js';

/** Default time a subgraph fetch may take (`SUBGRAPH_TIMEOUT_MS`). */
export const defaultSubgraphTimeoutMs = Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 10_000);

/** The error the gateway reports for a subgraph it could not get an answer from (no URL, no cause text). */
export function subgraphUnavailable(name: string) {
  return {
    message: `the ${name} subgraph is unavailable; its fields are missing from this answer`,
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  };
}

/** A fetch that aborts after `timeoutMs`. */
export function timeoutFetcher(timeoutMs: number): Fetcher {
  return (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) } as RequestInit);
}

/** Options of a guarded remote source. */
export interface GuardedSourceOptions {
  name: string;
  url: string;
  timeoutMs?: number;
  willSendRequest: (options: GraphQLDataSourceProcessOptions<GatewayContext>) => void | Promise<void>;
  logError?: (err: unknown, message: string) => void;
}

/** RemoteGraphQLDataSource whose transport failures (refused, timed out, non-2xx) answer a coded error. */
export class GuardedRemoteDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;
  private readonly log: (err: unknown, message: string) => void;

  constructor(opts: GuardedSourceOptions) {
    super({
      url: opts.url,
      fetcher: timeoutFetcher(opts.timeoutMs ?? defaultSubgraphTimeoutMs),
      willSendRequest: opts.willSendRequest,
    });
    this.subgraph = opts.name;
    this.log = opts.logError ?? (() => {});
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (err) {
      this.log(err, `subgraph ${this.subgraph} fetch failed`);
      return { errors: [subgraphUnavailable(this.subgraph)] };
    }
  }
}
