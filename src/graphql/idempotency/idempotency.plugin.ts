import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequest } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { GraphQLError, OperationTypeNode, type FormattedExecutionResult } from 'graphql';
import type { Prisma } from '../../generated/prisma/client.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { auditActor, type Viewer } from '../../auth/viewer.js';
import type { RequestContext } from '../request-context.js';
import type { IdempotencyRepository } from './idempotency.repository.js';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
const KEY_SHAPE = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * `Idempotency-Key` on a mutation: the first request with a key runs and its answer is kept
 * for a day; a retry with the same key and the same operation and variables gets that answer
 * again (header `Idempotent-Replayed: true`) without running twice. The same key with another
 * request is refused (422), and so is a retry while the first is still running (409). A
 * request that failed without data frees its key, so it may be retried. Keys are the caller's
 * own: the same key from another user or API key is another request, never a replay of an
 * answer meant for someone else.
 */
export function idempotencyPlugin(repository: IdempotencyRepository): ApolloServerPlugin<RequestContext> {
  const logger = new Logger('Idempotency');
  const claimed = new WeakMap<GraphQLRequest, { key: string; clientKey: string }>();
  const replays = new WeakMap<GraphQLRequest, FormattedExecutionResult>();

  return {
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation({ request, operation, queryHash, contextValue }) {
          const clientKey = request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
          if (clientKey === undefined || operation?.operation !== OperationTypeNode.MUTATION) return;
          if (!KEY_SHAPE.test(clientKey))
            throw refusal(ErrorCode.BAD_USER_INPUT, 400, 'Idempotency-Key: 8 to 128 letters, digits or . _ : -, such as a UUID');
          const key = idempotencyStorageKey(contextValue.viewer, clientKey);
          const requestHash = createHash('sha256')
            .update(JSON.stringify([queryHash, request.operationName ?? null, request.variables ?? {}]))
            .digest('hex');
          const claim = await repository.claim(key, requestHash);
          if (claim.kind === 'claimed') claimed.set(request, { key, clientKey });
          else if (claim.kind === 'done') replays.set(request, claim.response as FormattedExecutionResult);
          else if (claim.kind === 'pending') {
            throw refusal(
              ErrorCode.IDEMPOTENCY_KEY_IN_USE,
              409,
              'A request with this Idempotency-Key is still running; retry shortly',
              true,
            );
          } else throw refusal(ErrorCode.IDEMPOTENCY_KEY_REUSED, 422, 'This Idempotency-Key was used for another request');
        },
        responseForOperation({ request }) {
          const replay = replays.get(request);
          if (!replay) return Promise.resolve(null);
          const headers = new HeaderMap([['idempotent-replayed', 'true']]);
          return Promise.resolve({ http: { status: 200, headers }, body: { kind: 'single' as const, singleResult: replay } });
        },
        async willSendResponse({ request, response }) {
          const claim = claimed.get(request);
          if (claim === undefined) return;
          const { key, clientKey } = claim;
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          try {
            if (result?.data) await repository.complete(key, result as Prisma.InputJsonValue);
            else await repository.release(key);
          } catch (error) {
            // The mutation committed: its answer goes out even if it could not be kept for a retry.
            logger.warn(`Could not keep the answer for Idempotency-Key ${clientKey}: ${(error as Error).message}`);
          }
        },
      });
    },
  };
}

/** The stored key: the client's key within the caller's own namespace, hashed to a fixed length. */
export function idempotencyStorageKey(viewer: Viewer, clientKey: string): string {
  const { actorType, actorId } = auditActor(viewer);
  return createHash('sha256')
    .update(`${actorType}\n${actorId ?? ''}\n${clientKey}`)
    .digest('hex');
}

function refusal(code: ErrorCode, status: number, message: string, retryable = false): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(retryable ? { retryable } : {}), http: { status } } });
}
