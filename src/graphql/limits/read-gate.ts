import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { refusal } from './refusal.js';
import { ErrorCode } from '../../common/errors/error-codes.js';

/** A counting semaphore whose waiters give up after a while. */
export class Gate {
  private inUse = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly capacity: number) {}

  get active(): number {
    return this.inUse;
  }

  /** Resolves to a release function, or to null when no slot freed up within `timeoutMs`. */
  acquire(timeoutMs: number): Promise<(() => void) | null> {
    if (this.inUse < this.capacity) {
      this.inUse += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => {
      const grant = () => {
        clearTimeout(timer);
        this.inUse += 1;
        resolve(this.releaser());
      };
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(grant);
        if (index >= 0) this.waiting.splice(index, 1);
        resolve(null);
      }, timeoutMs);
      this.waiting.push(grant);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inUse -= 1;
      this.waiting.shift()?.();
    };
  }
}

/**
 * Queries that reach execution (response-cache hits never do) take a slot of `gate`, so at
 * most its capacity of reads hold database connections at once and the rest of the pool stays
 * free for writes. A read that waits longer than `timeoutMs` for a slot answers
 * SERVICE_UNAVAILABLE, retryable. Register it after the response-cache plugins.
 */
export function readGatePlugin(gate: Gate, timeoutMs: number): ApolloServerPlugin {
  const releases = new WeakMap<object, () => void>();
  return {
    requestDidStart() {
      return Promise.resolve({
        async responseForOperation(requestContext) {
          // Apollo calls this even when no operation matched the operation name (execution then refuses it).
          const operation = requestContext.operation as typeof requestContext.operation | undefined;
          if (operation?.operation !== OperationTypeNode.QUERY) return null;
          const release = await gate.acquire(timeoutMs);
          if (release) {
            releases.set(requestContext.request, release);
            return null;
          }
          const error = new GraphQLError('Too many reads at once; retry shortly', {
            extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true },
          });
          return refusal(error, 503);
        },
        willSendResponse({ request }) {
          releases.get(request)?.();
          return Promise.resolve();
        },
      });
    },
  };
}
