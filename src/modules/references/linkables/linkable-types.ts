import { Injectable } from '@nestjs/common';
import type { LinkTargetType } from '../../../generated/prisma/enums.js';
import type { LoaderRegistry } from '../../../graphql/loader-registry.js';
import { CompetitionsLoaders } from '../../competitions/competitions.loaders.js';
import { EventsLoaders } from '../../events/events.loaders.js';
import { OrganisationsLoaders } from '../../organisations/organisations.loaders.js';
import { PeopleLoaders } from '../../people/people.loaders.js';
import { ResultsLoaders } from '../../results/results.loaders.js';
import { UnitsLoaders } from '../../units/units.loaders.js';
import { VenuesLoaders } from '../../venues/venues.loaders.js';
import {
  competitionData,
  type EntityData,
  type EventData,
  personData,
  type UnitCompetitorData,
  type VenueData,
  venueData,
} from './linkable-json-ld.js';
import { isLinkableKind, LINKABLE_TYPENAMES } from './linkable-kinds.js';

/** How one kind of linkable entity is read: its per-request loader and its JSON-LD data. */
interface LinkableType {
  load(loaders: LoaderRegistry, id: string): Promise<object | null>;
  jsonLd(loaders: LoaderRegistry, id: string): Promise<EntityData | null>;
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/**
 * The loaders and JSON-LD mappings of the linkable kinds, through the request's loaders, so
 * a story with 50 mentions costs as many statements as one with a single mention.
 */
@Injectable()
export class LinkableTypes {
  private readonly types: Record<LinkTargetType, LinkableType>;

  constructor(
    private readonly people: PeopleLoaders,
    private readonly organisations: OrganisationsLoaders,
    private readonly results: ResultsLoaders,
    private readonly competitions: CompetitionsLoaders,
    private readonly events: EventsLoaders,
    private readonly units: UnitsLoaders,
    private readonly venues: VenuesLoaders,
  ) {
    this.types = {
      PERSON: {
        load: (loaders, id) => people.byId(loaders).load(id),
        jsonLd: async (loaders, id) => {
          const person = await people.byId(loaders).load(id);
          return person ? { type: 'PERSON', person: personData(person) } : null;
        },
      },
      ORGANISATION: {
        load: (loaders, id) => organisations.byId(loaders).load(id),
        jsonLd: async (loaders, id) => {
          const organisation = await organisations.byId(loaders).load(id);
          return organisation ? { type: 'ORGANISATION', name: organisation.name, url: organisation.url } : null;
        },
      },
      COMPETITION: {
        load: (loaders, id) => competitions.byId(loaders).load(id),
        jsonLd: async (loaders, id) => {
          const competition = await competitions.byId(loaders).load(id);
          return competition ? { type: 'COMPETITION', competition: competitionData(competition) } : null;
        },
      },
      EVENT: {
        load: (loaders, id) => events.byId(loaders).load(id),
        jsonLd: async (loaders, id) => {
          const event = await this.event(loaders, id);
          return event ? { type: 'EVENT', event } : null;
        },
      },
      UNIT: {
        load: (loaders, id) => units.unitById(loaders).load(id),
        jsonLd: async (loaders, id) => {
          const unit = await units.unitById(loaders).load(id);
          if (!unit) return null;
          const [phase, venue] = await Promise.all([units.phaseById(loaders).load(unit.phaseId), this.venue(loaders, unit.venueId)]);
          const [event, competitors] = await Promise.all([
            phase ? this.event(loaders, phase.eventId) : null,
            this.unitCompetitors(loaders, unit.id),
          ]);
          return { type: 'UNIT', unit: { name: unit.name, scheduledAt: unit.scheduledAt, status: unit.status, venue, event, competitors } };
        },
      },
      VENUE: {
        load: (loaders, id) => venues.byId(loaders).load(id),
        jsonLd: async (loaders, id) => {
          const venue = await this.venue(loaders, id);
          return venue ? { type: 'VENUE', venue } : null;
        },
      },
    };
  }

  /** The entity a mention or link points at, tagged with its GraphQL type for the Linkable union. */
  async load(loaders: LoaderRegistry, type: string, id: string): Promise<object | null> {
    if (!isLinkableKind(type)) return null;
    const entity = await this.types[type].load(loaders, id);
    return entity ? { ...entity, __typename: LINKABLE_TYPENAMES[type] } : null;
  }

  /** What the story's JSON-LD says about the entity; null when it is gone or not linkable. */
  jsonLd(loaders: LoaderRegistry, type: string, id: string): Promise<EntityData | null> {
    return isLinkableKind(type) ? this.types[type].jsonLd(loaders, id) : Promise.resolve(null);
  }

  /** The sides of a unit with results, in display order: the teams or people schema.org calls competitors. */
  private async unitCompetitors(loaders: LoaderRegistry, unitId: string): Promise<UnitCompetitorData[]> {
    const rows = await this.results.resultsByUnit(loaders).load(unitId);
    const sides = await Promise.all(
      rows.map(async (row): Promise<UnitCompetitorData | null> => {
        const competitor = await this.results.competitorById(loaders).load(row.competitorId);
        if (!competitor) return null;
        const designation = row.designation ?? null;
        if (competitor.teamId) {
          const team = await this.organisations.byId(loaders).load(competitor.teamId);
          return team && { kind: 'TEAM', name: team.name, designation };
        }
        const person = competitor.personId ? await this.people.byId(loaders).load(competitor.personId) : null;
        return person && { kind: 'PERSON', name: person.displayName, designation };
      }),
    );
    return sides.filter(present);
  }

  /** An event with the start of its first scheduled unit and, when all its units share one, their venue. */
  private async event(loaders: LoaderRegistry, eventId: string): Promise<EventData | null> {
    const event = await this.events.byId(loaders).load(eventId);
    if (!event) return null;
    const [competition, phases] = await Promise.all([
      this.competitions.byId(loaders).load(event.competitionId),
      this.units.phasesByEvent(loaders).load(event.id),
    ]);
    const units = (await Promise.all(phases.map((phase) => this.units.unitsByPhase(loaders).load(phase.id)))).flat();
    const starts = units.map((u) => u.scheduledAt?.getTime()).filter(present);
    const venueIds = new Set(units.map((u) => u.venueId).filter(present));
    return {
      name: event.name,
      startDate: starts.length ? new Date(Math.min(...starts)) : null,
      venue: venueIds.size === 1 ? await this.venue(loaders, [...venueIds][0]) : null,
      competition: competition ? competitionData(competition) : null,
    };
  }

  private async venue(loaders: LoaderRegistry, venueId: string | null): Promise<VenueData | null> {
    const venue = venueId ? await this.venues.byId(loaders).load(venueId) : null;
    return venue ? venueData(venue) : null;
  }
}
