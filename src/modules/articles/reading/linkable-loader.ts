import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../../graphql/loader-registry.js';
import { CompetitionsLoaders } from '../../competitions/competitions.loaders.js';
import { EventsLoaders } from '../../events/events.loaders.js';
import { OrganisationsLoaders } from '../../organisations/organisations.loaders.js';
import { PeopleLoaders } from '../../people/people.loaders.js';
import { UnitsLoaders } from '../../units/units.loaders.js';
import { VenuesLoaders } from '../../venues/venues.loaders.js';
import { LINKABLE_TYPENAMES } from '../dto/block-payload.inputs.js';

export type LinkableType = keyof typeof LINKABLE_TYPENAMES;

/** Loads the entity a mention or link points at, tagged with its GraphQL type for the Linkable union. */
@Injectable()
export class LinkableLoader {
  constructor(
    private readonly people: PeopleLoaders,
    private readonly organisations: OrganisationsLoaders,
    private readonly competitions: CompetitionsLoaders,
    private readonly events: EventsLoaders,
    private readonly units: UnitsLoaders,
    private readonly venues: VenuesLoaders,
  ) {}

  async load(loaders: LoaderRegistry, type: string, id: string): Promise<object | null> {
    const entity = await this.loaderFor(loaders, type as LinkableType)?.load(id);
    return entity ? { ...entity, __typename: LINKABLE_TYPENAMES[type as LinkableType] } : null;
  }

  private loaderFor(loaders: LoaderRegistry, type: LinkableType): { load(id: string): Promise<object | null> } | null {
    switch (type) {
      case 'PERSON':
        return this.people.byId(loaders);
      case 'ORGANISATION':
        return this.organisations.byId(loaders);
      case 'COMPETITION':
        return this.competitions.byId(loaders);
      case 'EVENT':
        return this.events.byId(loaders);
      case 'UNIT':
        return this.units.unitById(loaders);
      case 'VENUE':
        return this.venues.byId(loaders);
      default:
        return null;
    }
  }
}
