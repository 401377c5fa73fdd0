import { Module } from '@nestjs/common';
import { CompetitionsModule } from '../competitions/competitions.module.js';
import { EventsModule } from '../events/events.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { AwardsLoaders } from './awards.loaders.js';
import { AwardsRepository } from './awards.repository.js';
import { AwardsResolver, CompetitionAwardsResolver, PersonAwardsResolver } from './awards.resolver.js';
import { AwardsService } from './awards.service.js';

/** Awards of a competition (Golden Boot, team of the tournament), listed with the competition and the person. */
@Module({
  imports: [CompetitionsModule, EventsModule, OrganisationsModule, PeopleModule],
  providers: [AwardsRepository, AwardsLoaders, AwardsService, AwardsResolver, CompetitionAwardsResolver, PersonAwardsResolver],
})
export class AwardsModule {}
