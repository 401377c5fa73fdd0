import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import type { Metrics } from './metrics.js';

/** Times every GraphQL request and counts its errors and response-cache outcome. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ operation, errors, metrics: requestMetrics }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.requests.observe(labelsOf(operation), seconds);
          for (const error of errors ?? []) metrics.errors.inc({ code: codeOf(error.extensions.code) });
          if (operation?.operation === OperationTypeNode.QUERY && requestMetrics.responseCacheHit !== undefined) {
            metrics.responseCache.inc({ result: requestMetrics.responseCacheHit ? 'hit' : 'miss' });
          }
          return Promise.resolve();
        },
      });
    },
  };
}

function labelsOf(operation: OperationDefinitionNode | undefined): { operation: string; field: string } {
  if (!operation) return { operation: 'unparsed', field: '' };
  const first = operation.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  return { operation: operation.operation, field: first?.name.value ?? '' };
}

function codeOf(code: unknown): string {
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR';
}
