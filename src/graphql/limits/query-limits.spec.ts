import { parse } from 'graphql';
import { queryLimits, tokenLimitOf } from './query-limits.js';

describe('tokenLimitOf', () => {
  it("recognises the installed graphql-js parser's token-limit error and reads the limit", () => {
    const { parseOptions } = queryLimits({ maxDepth: 12, maxAliases: 30, maxTokens: 100, hideSchemaDetails: false });
    let message = '';
    try {
      parse(`{ ${'a '.repeat(200)} }`, parseOptions);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toBe('');
    expect(tokenLimitOf(message)).toBe(100);
  });

  it.each([['Syntax Error: Expected Name, found <EOF>.'], ['Cannot query field "nope" on type "Query".'], ['']])(
    'leaves other errors alone: %j',
    (message) => {
      expect(tokenLimitOf(message)).toBeNull();
    },
  );
});

describe('queryLimits', () => {
  it('leaves the token limit to the parser, not to a plugin hook (a throwing hook is a 500)', () => {
    const limits = queryLimits({ maxDepth: 12, maxAliases: 30, maxTokens: 4000, hideSchemaDetails: false });
    expect(limits.parseOptions.maxLexicalTokens).toBe(4000);
    expect(limits.plugins.some((plugin) => 'unexpectedErrorProcessingRequest' in plugin)).toBe(false);
    // Depth, aliases, directives; cost is the query-cost plugin, which sees the variables.
    expect(limits.validationRules.length).toBe(3);
  });
});
