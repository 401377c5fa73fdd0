import { readFile } from 'node:fs/promises';
import type { GraphQLSchema } from 'graphql';
import { buildApiSchema, printApiSchema, printPossibleTypes } from '../../src/graphql/schema-printer.js';

describe('generated schema files (run `npm run schema:generate` after changing the API)', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  it('schema.gql matches the schema the resolvers build', async () => {
    const committed = await readFile(new URL('../../schema.gql', import.meta.url), 'utf8');
    expect(await printApiSchema(schema)).toBe(committed);
  });

  it('possibleTypes.json lists the members of every union and interface the resolvers build', async () => {
    const committed = await readFile(new URL('../../possibleTypes.json', import.meta.url), 'utf8');
    expect(await printPossibleTypes(schema)).toBe(committed);
    expect(JSON.parse(committed)).toMatchObject({ Node: expect.arrayContaining(['Article', 'Person', 'ParagraphBlock']) });
  });
});
