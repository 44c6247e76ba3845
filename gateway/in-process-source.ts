// A gateway data source that executes a subgraph in this process, on the planner's parsed document.
import { execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { maskErrors } from '../lib/mask-error.js';

/**
 * Executes fetches against a local subgraph schema. With `exposeDocumentNodeInFetchNode` the planner
 * hands over its parsed document, so nothing is re-parsed or re-validated per fetch.
 */
export class InProcessDataSource implements GraphQLDataSource {
  private readonly parsed = new Map<string, DocumentNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly contextFor: () => unknown,
    private readonly logError: (err: unknown, message: string) => void = () => {},
  ) {}

  async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    const document = ('document' in options && options.document) || this.parse(request.query ?? '');
    const result = await execute({
      schema: this.schema,
      document,
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue: this.contextFor(),
    });
    for (const e of result.errors ?? []) if (e.originalError) this.logError(e.originalError, `subgraph error: ${e.message}`);
    return { data: result.data as GatewayGraphQLResponse['data'], errors: maskErrors(result.errors) as GatewayGraphQLResponse['errors'] };
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
