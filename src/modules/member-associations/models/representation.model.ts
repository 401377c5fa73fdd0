import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RepresentationKind {
  NOC = 'NOC',
  ASSOCIATION = 'ASSOCIATION',
  CLUB = 'CLUB',
  NONE = 'NONE',
}

registerEnumType(RepresentationKind, {
  name: 'RepresentationKind',
  description: 'What an entry (or an official) represents.',
  valuesMap: {
    NOC: { description: 'A National Olympic Committee, e.g. NED.' },
    ASSOCIATION: { description: 'A member association that is not a NOC, e.g. ENG.' },
    CLUB: { description: 'A club, whose country is the organisation’s countryIso2.' },
    NONE: { description: 'Nothing recorded.' },
  },
});

/**
 * Who an entry represents: exactly one of a NOC, a member association or a club, or none.
 * `noc`, `association` and `club` are resolved through the request's loaders.
 */
@ObjectType({ description: 'Who an entry represents: a NOC (NED), a member association (ENG) or a club; kind NONE when none is recorded.' })
export class Representation {
  @Field(() => RepresentationKind, { description: 'Which of noc, association and club is set.' })
  kind: RepresentationKind;

  nocCode: string | null;
  associationCode: string | null;
  clubId: string | null;
}

/** The representation of a row holding the three columns (a competitor, an official). */
export function representationOf(row: {
  nocCode?: string | null;
  associationCode?: string | null;
  clubId?: string | null;
}): Representation {
  const nocCode = row.nocCode ?? null;
  const associationCode = row.associationCode ?? null;
  const clubId = row.clubId ?? null;
  const kind = nocCode
    ? RepresentationKind.NOC
    : associationCode
      ? RepresentationKind.ASSOCIATION
      : clubId
        ? RepresentationKind.CLUB
        : RepresentationKind.NONE;
  return { kind, nocCode, associationCode, clubId };
}
