import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { uuidOfGlobalId } from '../../graphql/relay/global-id.js';
import { DocumentCatalog } from '../../read-model/document-catalog.js';
import { pageLookupField } from '../../read-model/document-fields.js';
import { PageReader } from '../../read-model/page-reader.js';
import { EventArgs, EventKeyArgs } from './dto/event.inputs.js';

/** `event(id | competition, key)` and a competition's `event(key)`, each from the event's stored page. */
@Injectable()
export class EventPages implements OnModuleInit {
  constructor(
    private readonly catalog: DocumentCatalog,
    private readonly reader: PageReader,
  ) {}

  onModuleInit(): void {
    this.catalog.registerField(
      pageLookupField({
        type: 'Query',
        field: 'event',
        kind: 'Event',
        args: EventArgs,
        reader: this.reader,
        lookup: ({ id, competition, key }) => {
          if (id) return Prisma.sql`SELECT id AS key FROM "Event" WHERE id = ${id}::uuid`;
          if (!competition || !key) return null;
          return Prisma.sql`SELECT e.id AS key FROM "Event" e JOIN "Competition" c ON c.id = e."competitionId"
            WHERE c.slug = ${competition} AND e."recurringKey" = ${key}`;
        },
      }),
    );
    this.catalog.registerField(
      pageLookupField({
        type: 'Competition',
        field: 'event',
        kind: 'Event',
        args: EventKeyArgs,
        reader: this.reader,
        lookup: ({ key }, competition) => {
          const id = uuidOfGlobalId(competition.id, ['Competition']);
          return id ? Prisma.sql`SELECT id AS key FROM "Event" WHERE "competitionId" = ${id}::uuid AND "recurringKey" = ${key}` : null;
        },
      }),
    );
  }
}
