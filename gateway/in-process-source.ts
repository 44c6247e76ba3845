// A gateway data source that executes a subgraph in this process, on the planner's parsed document.
import { execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { maskErrors } from '../lib/mask-error.js';
import { subgraphUnavailable } from './remote-source.js';

/**
 * Executes fetches against a local subgraph schema. With `exposeDocumentNodeInFetchNode` the planner
 * hands over its parsed document, so nothing is re-parsed or re-validated per fetch. A fetch that takes
 * longer than `timeoutMs` answers SERVICE_UNAVAILABLE for this subgraph (its work is left to finish).
 */
export class InProcessDataSource implements GraphQLDataSource {
  private readonly parsed = new Map<string, DocumentNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly contextFor: (gatewayContext?: never) => unknown,
    private readonly logError: (err: unknown, message: string) => void = () => {},
    private readonly timeoutMs = 0,
    private readonly name = 'subgraph',
  ) {}

  async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const work = this.run(options);
    if (!this.timeoutMs) return work;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<GatewayGraphQLResponse>((resolve) => {
      timer = setTimeout(() => {
        this.logError(new Error(`timed out after ${this.timeoutMs} ms`), `subgraph ${this.name} fetch timed out`);
        resolve({ errors: [subgraphUnavailable(this.name)] });
      }, this.timeoutMs);
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async run(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    const document = ('document' in options && options.document) || this.parse(request.query ?? '');
    const result = await execute({
      schema: this.schema,
      document,
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue: this.contextFor(options.context as never),
    });
    const masked = maskErrors(result.errors);
    masked?.forEach((m, i) => {
      const code = m.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE') {
        this.logError(
          result.errors![i].originalError ?? result.errors![i],
          `subgraph ${this.name} error masked: ${result.errors![i].message}`,
        );
      }
    });
    return { data: result.data as GatewayGraphQLResponse['data'], errors: masked as GatewayGraphQLResponse['errors'] };
  }

  private parse(query: string): DocumentNode {
    let doc = this.parsed.get(query);
    if (!doc) {
      doc = parse(query);
      if (this.parsed.size < 1000) this.parsed.set(query, doc);
    }
    return doc;
  }
}
