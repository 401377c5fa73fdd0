import type { LinkTargetType } from '../../../generated/prisma/enums.js';
import { Competition } from '../../competitions/models/competition.model.js';
import { Event } from '../../events/models/event.model.js';
import { Organisation } from '../../organisations/models/organisation.model.js';
import { Person } from '../../people/models/person.model.js';
import { Unit } from '../../units/models/unit.model.js';
import { Venue } from '../../venues/models/venue.model.js';

/** What the schema needs of a kind of entity a mention or a story link can name. */
interface LinkableKind {
  /** Its GraphQL object type: a member of the Linkable union. */
  model: abstract new (...args: never[]) => object;
  description: string;
}

/**
 * Every kind of sports-graph entity a story can link or mention, once. The per-request
 * loaders and JSON-LD mappings of the same kinds are in LinkableTypes, the existence
 * checks in reference-targets.ts; all three are typed as complete over LinkTargetType.
 */
export const LINKABLE_KINDS = {
  PERSON: { model: Person, description: 'A person (Person).' },
  ORGANISATION: { model: Organisation, description: 'A federation, team, club or agency (Organisation).' },
  COMPETITION: { model: Competition, description: 'A Games edition, season or fight card (Competition).' },
  EVENT: { model: Event, description: 'A medal event (Event).' },
  UNIT: { model: Unit, description: 'One race, match or bout (Unit).' },
  VENUE: { model: Venue, description: 'A venue (Venue).' },
} as const satisfies Record<LinkTargetType, LinkableKind>;

export type LinkableKindName = keyof typeof LINKABLE_KINDS;

const kinds = Object.entries(LINKABLE_KINDS) as [LinkableKindName, LinkableKind][];

/** The kinds' enum values described once, for MentionTargetType and LinkTargetType. */
export const LINKABLE_KIND_DESCRIPTIONS = Object.fromEntries(kinds.map(([kind, { description }]) => [kind, { description }])) as Record<
  LinkableKindName,
  { description: string }
>;

/** The GraphQL type of each kind of entity a mention or a link names. */
export const LINKABLE_TYPENAMES = Object.fromEntries(kinds.map(([kind, { model }]) => [kind, model.name])) as Record<
  LinkableKindName,
  string
>;

export const isLinkableKind = (type: string): type is LinkableKindName => Object.hasOwn(LINKABLE_KINDS, type);

/** A mention's or link's `targetId` must be an id of the kind its `targetType` names. */
export const linkableTypeOf = (input: Record<string, unknown>): string | undefined =>
  typeof input.targetType === 'string' && isLinkableKind(input.targetType) ? LINKABLE_TYPENAMES[input.targetType] : undefined;
