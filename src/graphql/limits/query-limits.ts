import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from '../../common/errors/error-codes.js';

export interface QueryLimitSettings {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  hideSchemaDetails: boolean;
}

export interface QueryLimits {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

// graphql-armor's rules prefix every message with "Syntax Error:", even for a depth limit.
const reportTooComplex = (context: ValidationContext | null, error: GraphQLError) => {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } }),
  );
};

const rejectAs = { propagateOnRejection: false, onReject: [reportTooComplex] };

/**
 * Depth, alias, directive and cost limits run as validation rules, so Apollo answers them like
 * any validation error (never 500). The token limit is graphql-js's own `maxLexicalTokens`
 * parse option: graphql-armor's token plugin parses the document a second time inside a plugin
 * hook, and Apollo turns anything thrown from a hook into an HTTP 500.
 */
export function queryLimits(settings: QueryLimitSettings): QueryLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: settings.maxDepth, flattenFragments: true, ...rejectAs },
    maxAliases: { n: settings.maxAliases, ...rejectAs },
    maxDirectives: { n: 20, ...rejectAs },
    // Cost is computed with the variables applied by queryCostPlugin; armor's ignores them.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: settings.hideSchemaDetails },
  }).protect();
  return {
    // graphql-armor's types come from Apollo's CommonJS build, ours from its ES build: same objects.
    plugins: armor.plugins as unknown as ApolloServerPlugin[],
    validationRules: armor.validationRules,
    parseOptions: { maxLexicalTokens: settings.maxTokens },
  };
}

// graphql-js 16 words it "more that"; a test pins the wording against the installed parser.
const TOKEN_LIMIT_MESSAGE = /Document contains more (?:that|than) (\d+) tokens/;

/** The token limit surfaces as a syntax error; this tells it apart so it gets its own code. */
export function tokenLimitOf(message: string): number | null {
  const match = TOKEN_LIMIT_MESSAGE.exec(message);
  return match ? Number(match[1]) : null;
}
