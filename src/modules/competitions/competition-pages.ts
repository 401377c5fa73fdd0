import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { DocumentCatalog } from '../../read-model/document-catalog.js';
import { pageLookupField } from '../../read-model/document-fields.js';
import { PageReader } from '../../read-model/page-reader.js';
import { CompetitionArgs } from './dto/competition.inputs.js';

/** `competition(slug)` from its stored page. */
@Injectable()
export class CompetitionPages implements OnModuleInit {
  constructor(
    private readonly catalog: DocumentCatalog,
    private readonly reader: PageReader,
  ) {}

  onModuleInit(): void {
    this.catalog.registerField(
      pageLookupField({
        type: 'Query',
        field: 'competition',
        kind: 'Competition',
        args: CompetitionArgs,
        reader: this.reader,
        lookup: ({ slug }) => Prisma.sql`SELECT id AS key FROM "Competition" WHERE slug = ${slug}`,
      }),
    );
  }
}
