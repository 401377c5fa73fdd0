import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { assertAffordable, CostMemo, type CostRules } from './query-cost.js';
import { refusal } from './refusal.js';

/**
 * Refuses, before execution, an operation whose cost with its variables applied is over
 * `maxCost`. Register it after the response cache: an answer in the cache was affordable with
 * the same document and variables, and costing a large document on every hit is not free.
 */
export function queryCostPlugin(maxCost: number, rules: CostRules): ApolloServerPlugin {
  const memo = new CostMemo();
  return {
    requestDidStart() {
      return Promise.resolve({
        responseForOperation({ schema, document, request }) {
          try {
            assertAffordable(
              { schema, document, operationName: request.operationName, variables: request.variables, maxCost, rules },
              memo,
            );
            return Promise.resolve(null);
          } catch (error) {
            if (error instanceof GraphQLError) return Promise.resolve(refusal(error));
            throw error;
          }
        },
      });
    },
  };
}
