import { buildSchema, parse, type DocumentNode, type GraphQLObjectType } from 'graphql';
import { assertAffordable, CostMemo } from './query-cost.js';

const schema = buildSchema(`
  type Query { articles(first: Int, last: Int): ArticleConnection!  unit(id: ID!): Unit  nodes(ids: [ID!]!): [Unit]! }
  type ArticleConnection { edges: [ArticleEdge!]! pageInfo: PageInfo! }
  type ArticleEdge { node: Article! }
  type PageInfo { hasNextPage: Boolean! }
  type Article { headline: String! units: [Unit!]! }
  type Unit { name: String! results: [Result!]! }
  type Result { rank: Int displayValue: String }
`);

// What @Field(() => [Result], { complexity: 2000 }) declares in the real schema.
Object.assign((schema.getType('Unit') as GraphQLObjectType).getFields().results, { extensions: { complexity: 2000 } });
const rules = { defaultListSize: 50 };
const cost = (query: string, variables?: Record<string, unknown>) =>
  assertAffordable({ schema, document: parse(query), variables, maxCost: Number.MAX_SAFE_INTEGER, rules });

describe('query cost', () => {
  it('counts first when it comes from a variable exactly as when it is written literally', () => {
    const literal = cost('{ articles(first: 100) { edges { node { headline } } } }');
    const variable = cost('query ($n: Int) { articles(first: $n) { edges { node { headline } } } }', { n: 100 });
    expect(variable).toBe(literal);
    expect(literal).toBeGreaterThan(100 * 3);
  });

  it('charges nothing for __typename, which clients add to every selection', () => {
    expect(cost('{ unit(id: "u") { __typename results { __typename rank } } }')).toBe(cost('{ unit(id: "u") { results { rank } } }'));
  });

  it('counts a page of a connection once: its edges are not a list of their own', () => {
    const page = cost('{ articles(first: 10) { edges { node { headline } } } }');
    expect(page).toBeLessThan(10 * 10);
    expect(page).toBeGreaterThan(10 * 2);
  });

  it('costs a connection without first at its default page size, and last like first', () => {
    expect(cost('{ articles { edges { node { headline } } } }')).toBe(cost('{ articles(first: 20) { edges { node { headline } } } }'));
    expect(cost('{ articles(last: 7) { edges { node { headline } } } }')).toBe(
      cost('{ articles(first: 7) { edges { node { headline } } } }'),
    );
  });

  it('multiplies plain lists by their domain bound: a unit’s results count as 2,000 rows', () => {
    const rows = cost('{ unit(id: "u") { results { rank displayValue } } }');
    expect(rows).toBeGreaterThan(2000 * 2);
    const nested = cost('query ($n: Int) { articles(first: $n) { edges { node { units { results { rank } } } } } }', { n: 100 });
    expect(nested).toBeGreaterThan(100 * 50 * 2000);
  });

  it('costs nodes(ids:) by how many ids it is given', () => {
    const one = cost('query ($ids: [ID!]!) { nodes(ids: $ids) { name } }', { ids: ['a'] });
    const ten = cost('query ($ids: [ID!]!) { nodes(ids: $ids) { name } }', { ids: Array.from({ length: 10 }, (_, i) => String(i)) });
    expect(ten).toBeGreaterThan(one * 5);
  });

  it('refuses an operation over the limit with QUERY_TOO_COSTLY and both figures', () => {
    const check = () =>
      assertAffordable({
        schema,
        document: parse('query ($n: Int) { articles(first: $n) { edges { node { units { results { rank } } } } } }'),
        variables: { n: 100 },
        maxCost: 20000,
        rules,
      });
    expect(check).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COSTLY', maxCost: 20000 }) }));
  });
});

describe('costs kept per document', () => {
  const memo = new CostMemo();
  const costWith = (document: DocumentNode, variables?: Record<string, unknown>) =>
    assertAffordable({ schema, document, variables, maxCost: Number.MAX_SAFE_INTEGER, rules }, memo);

  it('answers as without the memo, whatever the variables that size lists say', () => {
    const document = parse('query ($n: Int, $id: ID!) { articles(first: $n) { edges { node { headline } } } unit(id: $id) { name } }');
    for (const n of [1, 100, 3, 100]) {
      expect(costWith(document, { n, id: `u${n}` })).toBe(
        cost('query ($n: Int, $id: ID!) { articles(first: $n) { edges { node { headline } } } unit(id: $id) { name } }', { n, id: 'x' }),
      );
    }
  });

  it('refuses a costly operation every time, not only the first', () => {
    const document = parse('query ($n: Int) { articles(first: $n) { edges { node { units { results { rank } } } } } }');
    const check = { schema, document, variables: { n: 100 }, maxCost: 1000, rules };
    expect(() => assertAffordable(check, memo)).toThrow(/more than the 1000 allowed/);
    expect(() => assertAffordable(check, memo)).toThrow(/more than the 1000 allowed/);
  });
});
