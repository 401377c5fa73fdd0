import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ReferencesModule } from '../references/references.module.js';
import { UnitsModule } from '../units/units.module.js';
import { QuotesLoaders } from './quotes.loaders.js';
import { QuotesRepository } from './quotes.repository.js';
import { QuotesResolver } from './quotes.resolver.js';
import { QuotesService } from './quotes.service.js';
import { EventQuotesResolver, PersonQuotesResolver } from './related-quotes.resolver.js';
import { SocialPostsResolver } from './social-posts.resolver.js';
import { SocialPostsService } from './social-posts.service.js';

/** Quotes as entities (speaker, context, event) and the social posts they come from. */
@Module({
  imports: [PeopleModule, OrganisationsModule, EventsModule, ReferencesModule, UnitsModule],
  providers: [
    QuotesRepository,
    QuotesLoaders,
    QuotesService,
    SocialPostsService,
    QuotesResolver,
    SocialPostsResolver,
    PersonQuotesResolver,
    EventQuotesResolver,
  ],
  exports: [QuotesLoaders],
})
export class QuotesModule {}
