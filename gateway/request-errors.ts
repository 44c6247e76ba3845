// Request errors the gateway would answer with HTTP 500: a document whose operation cannot be picked, a subscription.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, OperationTypeNode, type DocumentNode } from 'graphql';
import { errorStatus } from '../lib/errors.js';

/** A 400 BAD_REQUEST thrown from a plugin hook (Apollo Server answers it with the status in `extensions.http`). */
function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

/** Why no operation of `document` can run under `operationName` (graphql-js leaves this to execution). */
function unresolvedOperation(document: DocumentNode, operationName: string | undefined): string {
  const names = document.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value ?? '(anonymous)'] : [],
  );
  if (operationName) return `no operation named "${operationName}" in the document; it has ${names.join(', ')}`;
  if (names.length === 0) return 'the document has no operation; send a query or a mutation';
  return `the document has ${names.length} operations (${names.join(', ')}); name the one to run in operationName`;
}

/** The HTTP status a set of coded errors means when all are the caller's fault (4xx), else undefined. */
function clientStatus(codes: readonly unknown[]): number | undefined {
  const statuses = codes.map((c) => (typeof c === 'string' ? (errorStatus as Record<string, number>)[c] : undefined));
  if (!statuses.length || statuses.some((s) => s === undefined || s >= 500)) return undefined;
  return statuses[0];
}

/**
 * Apollo Server resolves the operation itself only without a gateway; with one, an unknown `operationName`, several
 * unnamed operations or a subscription (this API has none) fail inside the gateway's executor and answer HTTP 500.
 * This plugin answers them 400 before execution, and keeps any other answer whose errors are all the caller's
 * fault (a coded 4xx, no data) from going out as a 500.
 */
export const requestErrorsPlugin: ApolloServerPlugin<BaseContext> = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ document, operation, request }) => {
        if (!operation) return Promise.reject(badRequest(unresolvedOperation(document, request.operationName)));
        if (operation.operation === OperationTypeNode.SUBSCRIPTION)
          return Promise.reject(badRequest('subscriptions are not supported: the API has queries and mutations only'));
        return Promise.resolve();
      },
      willSendResponse: ({ response }) => {
        if (response.http.status === 500 && response.body.kind === 'single') {
          const { data, errors } = response.body.singleResult;
          const status = data == null && errors ? clientStatus(errors.map((e) => e.extensions?.code)) : undefined;
          if (status) response.http.status = status;
        }
        return Promise.resolve();
      },
    }),
};
