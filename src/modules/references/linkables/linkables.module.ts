import { Module } from '@nestjs/common';
import { CompetitionsModule } from '../../competitions/competitions.module.js';
import { EventsModule } from '../../events/events.module.js';
import { OrganisationsModule } from '../../organisations/organisations.module.js';
import { PeopleModule } from '../../people/people.module.js';
import { ResultsModule } from '../../results/results.module.js';
import { UnitsModule } from '../../units/units.module.js';
import { VenuesModule } from '../../venues/venues.module.js';
import { LinkableTypes } from './linkable-types.js';

/**
 * The entities a story can link or mention, read through their features' loaders. Apart
 * from ReferencesModule, which the features' deletes import, so neither imports the other.
 */
@Module({
  imports: [CompetitionsModule, EventsModule, OrganisationsModule, PeopleModule, ResultsModule, UnitsModule, VenuesModule],
  providers: [LinkableTypes],
  exports: [LinkableTypes],
})
export class LinkablesModule {}
