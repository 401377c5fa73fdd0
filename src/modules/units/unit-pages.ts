import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { DocumentCatalog } from '../../read-model/document-catalog.js';
import { pageLookupField } from '../../read-model/document-fields.js';
import { PageReader } from '../../read-model/page-reader.js';
import { UnitArgs } from './dto/unit.inputs.js';

/** `unit(id)` from its stored page, looked up with the unit in one statement. */
@Injectable()
export class UnitPages implements OnModuleInit {
  constructor(
    private readonly catalog: DocumentCatalog,
    private readonly reader: PageReader,
  ) {}

  onModuleInit(): void {
    this.catalog.registerField(
      pageLookupField({
        type: 'Query',
        field: 'unit',
        kind: 'Unit',
        args: UnitArgs,
        reader: this.reader,
        lookup: ({ id }) => Prisma.sql`SELECT id AS key FROM "Unit" WHERE id = ${id}::uuid`,
      }),
    );
  }
}
