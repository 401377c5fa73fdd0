import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReadDocumentState } from '../../generated/prisma/enums.js';
import { DateTimeScalar } from '../../graphql/scalars/index.js';

registerEnumType(ReadDocumentState, {
  name: 'StoredPageState',
  description: 'Where a stored page (the read model) stands.',
  valuesMap: {
    FRESH: { description: 'Built from the current data: readers get it with one statement.' },
    STALE: {
      description: 'Something it shows changed, or it was never built: readers get the live path until the rebuild job has built it.',
    },
    FAILED: { description: 'Its last builds failed (see failure): readers get the live path; someone should look at it.' },
  },
});

/** GraphQL names the kinds in capitals; the values are the page types' names, as stored. */
export enum StoredPageKind {
  ARTICLE = 'Article',
  UNIT = 'Unit',
  EVENT = 'Event',
  COMPETITION = 'Competition',
  PERSON = 'Person',
}

const KINDS = new Map<string, StoredPageKind>(Object.values(StoredPageKind).map((kind) => [kind, kind]));

/** A stored kind name as the enum; the kinds are the catalogue's, so an unknown one is a bug. */
export function storedPageKind(kind: string): StoredPageKind {
  const known = KINDS.get(kind);
  if (!known) throw new Error(`Unknown stored page kind ${kind}`);
  return known;
}

registerEnumType(StoredPageKind, {
  name: 'StoredPageKind',
  description: 'The kinds of public page the read model stores.',
  valuesMap: {
    ARTICLE: { description: 'A published story (article(slug), articles, a person’s latest stories).' },
    UNIT: { description: 'A race, match or bout with its results (unit(id)).' },
    EVENT: { description: 'An event with its units and standings (event, competition.event(key)).' },
    COMPETITION: { description: 'A competition’s own facts (competition(slug)).' },
    PERSON: { description: 'A person (person(slug | id)).' },
  },
});

@ObjectType({ description: "A story's stored page: whether readers get it from the read model, and why not (staff only)." })
export class StoredPage {
  @Field(() => ReadDocumentState, { description: 'FRESH, STALE or FAILED.' })
  state: ReadDocumentState;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last built; null if never.' })
  builtAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Since when it waits for a rebuild; null when FRESH.' })
  staleSince: Date | null;

  @Field(() => Int, { description: 'Failed builds in a row; three make it FAILED.' })
  failures: number;

  @Field(() => String, { nullable: true, description: 'Why the last build failed.' })
  failure: string | null;
}

@ObjectType({ description: 'How many stored pages of a kind are in a state: the progress of a rebuild.' })
export class StoredPageCount {
  @Field(() => StoredPageKind, { description: 'The kind of page.' })
  kind: StoredPageKind;

  @Field(() => ReadDocumentState, { description: 'The state counted.' })
  state: ReadDocumentState;

  @Field(() => Int, { description: 'How many pages of the kind are in the state.' })
  count: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'For STALE and FAILED: since when the oldest has waited.' })
  oldestSince: Date | null;
}

@ObjectType({ description: 'A stored page whose builds keep failing (admins).' })
export class FailedPage {
  @Field(() => StoredPageKind, { description: 'The kind of page.' })
  kind: StoredPageKind;

  @Field(() => ID, { description: 'The global id of the entity the page shows.' })
  entityId: string;

  @Field(() => String, { nullable: true, description: 'Why the last build failed.' })
  failure: string | null;

  @Field(() => Int, { description: 'Failed builds in a row.' })
  failures: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Since when it has not been FRESH.' })
  staleSince: Date | null;
}
