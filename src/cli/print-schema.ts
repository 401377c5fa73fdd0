// npm run schema:generate: writes schema.gql (sorted SDL) and possibleTypes.json (for Apollo Client) at the project root.
import { writeFile } from 'node:fs/promises';
import { projectRoot } from '../database/migrations/migrator.js';
import { buildApiSchema, printApiSchema, printPossibleTypes } from '../graphql/schema-printer.js';
import { join } from 'node:path';

const schema = await buildApiSchema();
await writeFile(join(projectRoot(), 'schema.gql'), await printApiSchema(schema));
await writeFile(join(projectRoot(), 'possibleTypes.json'), await printPossibleTypes(schema));
console.log('Wrote schema.gql and possibleTypes.json');
process.exit(0);
