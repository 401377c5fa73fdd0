import { Module } from '@nestjs/common';
import { CompetitionsModule } from '../competitions/competitions.module.js';
import { EventsModule } from '../events/events.module.js';
import { FactCheckModule } from '../fact-check/fact-check.module.js';
import { MediaModule } from '../media/media.module.js';
import { NocsModule } from '../nocs/nocs.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { QuotesModule } from '../quotes/quotes.module.js';
import { LinkablesModule } from '../references/linkables/linkables.module.js';
import { ReferencesModule } from '../references/references.module.js';
import { ResultsModule } from '../results/results.module.js';
import { IncidentsModule } from '../incidents/incidents.module.js';
import { TablesModule } from '../tables/tables.module.js';
import { UnitsModule } from '../units/units.module.js';
import { VenuesModule } from '../venues/venues.module.js';
import { JobsModule } from '../../jobs/jobs.module.js';
import { DeskResolver } from './desk/desk.resolver.js';
import { PreviewResolver } from './preview/preview.resolver.js';
import { PublishChecksService } from './workflow/publish-checks.service.js';
import { PublishingService } from './workflow/publishing.service.js';
import { ReviewService } from './workflow/review.service.js';
import { ScheduledPublishTask } from './workflow/scheduled-publish.task.js';
import { SchedulingService } from './workflow/scheduling.service.js';
import { WorkflowResolver } from './workflow/workflow.resolver.js';
import { ArticlesListLoaders } from './reading/articles-list.loaders.js';
import { ArticlesListRepository } from './reading/articles-list.repository.js';
import { ArticlesListResolver } from './reading/articles-list.resolver.js';
import { ArticlesLoaders } from './reading/articles.loaders.js';
import { ArticlesRepository } from './editing/articles.repository.js';
import { PublicationRepository } from './publication/publication.repository.js';
import { ArticleLinksResolver, ArticlesResolver } from './reading/articles.resolver.js';
import { ArticlesEditingResolver } from './editing/articles-editing.resolver.js';
import { ArticlesService } from './editing/articles.service.js';
import { BLOCK_RESOLVERS } from './blocks/block-registry.js';
import { ArticleJsonLdResolver } from './json-ld/article-json-ld.resolver.js';
import { NewsArticleDataLoader } from './json-ld/news-article-data.js';
import { SearchRepository } from './search/search.repository.js';
import { ArticleRevisions } from './revisions/article-revisions.js';
import { RevisionsLoaders } from './revisions/revisions.loaders.js';
import { RevisionsRepository } from './revisions/revisions.repository.js';
import { ArticleRevisionResolver, ArticleRevisionsFieldResolver, RevisionsResolver } from './revisions/revisions.resolver.js';
import { RevisionsService } from './revisions/revisions.service.js';
import { SearchResolver } from './search/search.resolver.js';
import { ReadModelModule } from '../../read-model/read-model.module.js';
import { ArticlesListService } from './reading/articles-list.service.js';
import { StoryPages } from './reading/story-pages.js';
import {
  EventArticlesResolver,
  MediaAssetUsagesResolver,
  PersonArticlesResolver,
  QuoteUsagesResolver,
  SocialPostUsagesResolver,
} from './reading/usages.resolver.js';

@Module({
  imports: [
    CompetitionsModule,
    EventsModule,
    FactCheckModule,
    IncidentsModule,
    MediaModule,
    NocsModule,
    OrganisationsModule,
    PeopleModule,
    QuotesModule,
    LinkablesModule,
    ReferencesModule,
    ResultsModule,
    TablesModule,
    UnitsModule,
    VenuesModule,
    JobsModule,
    ReadModelModule,
  ],
  providers: [
    ArticlesRepository,
    PublicationRepository,
    ArticlesLoaders,
    ArticlesService,
    ArticlesResolver,
    ArticlesEditingResolver,
    ArticleLinksResolver,
    ...BLOCK_RESOLVERS,
    ArticlesListRepository,
    ArticlesListLoaders,
    ArticlesListService,
    ArticlesListResolver,
    StoryPages,
    PersonArticlesResolver,
    EventArticlesResolver,
    MediaAssetUsagesResolver,
    QuoteUsagesResolver,
    SocialPostUsagesResolver,
    SearchRepository,
    SearchResolver,
    NewsArticleDataLoader,
    ArticleJsonLdResolver,
    PublishChecksService,
    PublishingService,
    ReviewService,
    SchedulingService,
    ScheduledPublishTask,
    WorkflowResolver,
    DeskResolver,
    PreviewResolver,
    RevisionsRepository,
    ArticleRevisions,
    RevisionsLoaders,
    RevisionsService,
    ArticleRevisionsFieldResolver,
    ArticleRevisionResolver,
    RevisionsResolver,
  ],
  exports: [ArticlesLoaders, ArticlesService, PublishingService],
})
export class ArticlesModule {}
