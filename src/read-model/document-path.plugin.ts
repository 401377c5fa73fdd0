import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { RequestContext } from '../graphql/request-context.js';
import type { DocumentExecutor } from './document-executor.js';

/**
 * Answers a query from stored pages when they cover it and are fresh; otherwise Apollo runs it
 * on the live path. Register it last among the plugins that answer for an operation: the
 * limits (cost, input hygiene, the read gate) apply to both paths.
 */
export function documentPathPlugin(executor: DocumentExecutor): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async responseForOperation(requestContext) {
          const { schema, document, request, contextValue } = requestContext;
          // Apollo calls this even when no operation matched the operation name (execution then refuses it).
          const operation = requestContext.operation as typeof requestContext.operation | undefined;
          if (operation?.operation !== OperationTypeNode.QUERY) return null;
          const result = await executor.execute(schema, document, request.operationName, request.variables, contextValue);
          if (!result) return null;
          return {
            http: { status: undefined, headers: new HeaderMap([['x-podium-path', 'pages']]) },
            body: { kind: 'single' as const, singleResult: { data: result.data as Record<string, unknown> } },
          };
        },
      });
    },
  };
}
