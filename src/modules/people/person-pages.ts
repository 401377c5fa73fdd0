import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ageOn } from '../../common/dates.js';
import { Prisma } from '../../generated/prisma/client.js';
import { DateScalar } from '../../graphql/scalars/index.js';
import { DocumentCatalog } from '../../read-model/document-catalog.js';
import { leafShape, pageLookupField } from '../../read-model/document-fields.js';
import { PageReader } from '../../read-model/page-reader.js';
import { PersonArgs } from './dto/people.args.js';

/**
 * `person(slug | id)` from its stored page, and `age(on)` computed from the stored birth date
 * as the live resolver computes it, so a results table with ages stays on the stored pages.
 */
@Injectable()
export class PersonPages implements OnModuleInit {
  constructor(
    private readonly catalog: DocumentCatalog,
    private readonly reader: PageReader,
  ) {}

  onModuleInit(): void {
    this.catalog.registerField(
      pageLookupField({
        type: 'Query',
        field: 'person',
        kind: 'Person',
        args: PersonArgs,
        reader: this.reader,
        lookup: ({ id, slug }) =>
          id
            ? Prisma.sql`SELECT id AS key FROM "Person" WHERE id = ${id}::uuid`
            : slug
              ? Prisma.sql`SELECT id AS key FROM "Person" WHERE slug = ${slug}`
              : null,
      }),
    );
    this.catalog.registerField({
      type: 'Person',
      field: 'age',
      reads: ['birthDate'],
      shape: leafShape,
      resolve: (source, { on }) => {
        const birthDate = (source as { birthDate?: string | null }).birthDate;
        if (!birthDate) return null;
        // The live argument's own parsing: an invalid date fails here as it fails there.
        const day = on === undefined || on === null ? new Date() : DateScalar.parseValue(on);
        return ageOn(DateScalar.parseValue(birthDate), day);
      },
    });
  }
}
