import { readFile } from 'node:fs/promises';
import { printApiSchema } from '../../src/graphql/schema-printer.js';

describe('schema.gql', () => {
  it('matches the schema the resolvers build (run `npm run schema:generate` after changing the API)', async () => {
    const committed = await readFile(new URL('../../schema.gql', import.meta.url), 'utf8');
    expect(await printApiSchema()).toBe(committed);
  });
});
