// npm run schema:generate: writes schema.gql (sorted SDL) at the project root.
import { writeFile } from 'node:fs/promises';
import { projectRoot } from '../../database/migrations/migrator.js';
import { printApiSchema } from '../schema-printer.js';
import { join } from 'node:path';

const target = join(projectRoot(), 'schema.gql');
await writeFile(target, await printApiSchema());
console.log('Wrote schema.gql');
process.exit(0);
