import type { PrismaService } from '../../database/prisma.service.js';
import { FactCheckRepository } from '../fact-check/fact-check.repository.js';
import { FactCheckService } from '../fact-check/fact-check.service.js';
import { FactSheetRepository } from '../fact-check/facts/fact-sheet.repository.js';
import { StorySourceRepository } from '../fact-check/facts/story-source.repository.js';
import { MediaLoaders } from '../media/media.loaders.js';
import { MediaRepository } from '../media/media.repository.js';
import { RegistryLoaders } from '../media/registry/registry.loaders.js';
import { RegistryRepository } from '../media/registry/registry.repository.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { PeopleRepository } from '../people/people.repository.js';
import { ReferencesRepository } from '../references/references.repository.js';
import { ArticlesRepository } from './editing/articles.repository.js';
import { ArticlesService } from './editing/articles.service.js';
import { ArticleRevisions } from './revisions/article-revisions.js';
import { RevisionsRepository } from './revisions/revisions.repository.js';
import { PublicationRepository } from './publication/publication.repository.js';
import { PublishChecksService } from './workflow/publish-checks.service.js';
import { PublishingService } from './workflow/publishing.service.js';

/**
 * The story services the API runs, wired by hand for the seed and the bench, which write
 * stories without starting the server. They use the client only for $transaction and reads.
 */
export function storyServices(client: PrismaService): { articles: ArticlesService; publishing: PublishingService } {
  const publications = new PublicationRepository(client);
  const facts = new FactCheckService(new StorySourceRepository(), new FactSheetRepository(), new FactCheckRepository());
  const media = new MediaLoaders(
    new MediaRepository(client),
    new PeopleLoaders(new PeopleRepository(client)),
    new RegistryLoaders(new RegistryRepository(client)),
  );
  return {
    articles: new ArticlesService(
      client,
      new ArticlesRepository(client),
      new ReferencesRepository(),
      publications,
      new ArticleRevisions(client, new RevisionsRepository(client)),
      facts,
    ),
    publishing: new PublishingService(client, publications, new PublishChecksService(media, facts), facts),
  };
}
