import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode, type OperationDefinitionNode } from 'graphql';
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
          // Apollo calls this hook even when no operation matched the operationName (typed as
          // present, it is undefined then); execution answers that with OPERATION_RESOLUTION_FAILURE.
          const operation = requestContext.operation as OperationDefinitionNode | undefined;
          if (operation?.operation !== OperationTypeNode.QUERY) return null;
          const release = await gate.acquire(timeoutMs);
          if (release) {
            releases.set(requestContext.request, release);
            return null;
          }
          // Answered here rather than thrown: Apollo takes an error thrown from this hook for its own fault.
          const error = {
            message: 'Too many reads at once; retry shortly',
            extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true },
          };
          return { http: { status: 503, headers: new HeaderMap() }, body: { kind: 'single' as const, singleResult: { errors: [error] } } };
        },
        willSendResponse({ request }) {
          releases.get(request)?.();
          return Promise.resolve();
        },
      });
    },
  };
}
