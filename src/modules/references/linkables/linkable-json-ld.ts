import type { Competition, Venue } from '../../../generated/prisma/client.js';

// What the JSON-LD of a story says about a linked entity, as plain data (schema.org mapping in articles/json-ld).

export interface PersonData {
  name: string;
  givenName?: string | null;
  familyName?: string | null;
}

export interface VenueData {
  name: string;
  city: string | null;
  countryIso2: string | null;
}

export interface CompetitionData {
  name: string;
  startDate: Date | null;
  endDate: Date | null;
  hostCountryIso2: string | null;
}

export interface EventData {
  name: string;
  /** The earliest scheduled start of its units, when known. */
  startDate: Date | null;
  /** Set when all its scheduled units share one venue. */
  venue: VenueData | null;
  competition: CompetitionData | null;
}

/** A side of a unit: a team or a person, at home, away or neither. */
export interface UnitCompetitorData {
  kind: 'TEAM' | 'PERSON';
  name: string;
  designation: 'HOME' | 'AWAY' | 'NEUTRAL' | null;
}

export interface UnitData {
  name: string;
  scheduledAt: Date | null;
  venue: VenueData | null;
  event: EventData | null;
  /** SCHEDULED, POSTPONED, CANCELLED... (Unit.status). */
  status?: string;
  competitors?: UnitCompetitorData[];
}

export type EntityData =
  | { type: 'PERSON'; person: PersonData }
  | { type: 'ORGANISATION'; name: string; url: string | null }
  | { type: 'COMPETITION'; competition: CompetitionData }
  | { type: 'EVENT'; event: EventData }
  | { type: 'UNIT'; unit: UnitData }
  | { type: 'VENUE'; venue: VenueData };

type PersonRow = { displayName: string; givenName: string | null; familyName: string | null };

export function personData(person: PersonRow): PersonData {
  return { name: person.displayName, givenName: person.givenName, familyName: person.familyName };
}

export function competitionData(c: Competition): CompetitionData {
  return { name: c.name, startDate: c.startDate, endDate: c.endDate, hostCountryIso2: c.hostCountryIso2 };
}

export function venueData(venue: Venue): VenueData {
  return { name: venue.name, city: venue.city, countryIso2: venue.countryIso2 };
}
