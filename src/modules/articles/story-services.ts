import type { PrismaService } from '../../database/prisma.service.js';
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
    ),
    publishing: new PublishingService(client, publications, new PublishChecksService(media)),
  };
}
