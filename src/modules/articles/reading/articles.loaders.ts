import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { ArticleAuthor, ArticleBlock, ArticleLink } from '../../../generated/prisma/client.js';
import type { LoaderRegistry } from '../../../graphql/loader-registry.js';
import { NodeLoader } from '../../../graphql/relay/node-loader.decorator.js';
import { ArticlesRepository } from '../editing/articles.repository.js';
import { articleIdOfBlockKey, BLOCK_KEY } from '../blocks/block-key.js';
import { blockViews } from '../blocks/block-view.js';
import { BLOCK_TYPENAMES } from '../models/article-blocks.model.js';
import { type PublicationDocument, snapshotBlocks } from '../publication/publication-document.js';
import { PublicationRepository } from '../publication/publication.repository.js';

/** What the content loaders need of a story: its id, and whether it is the published view. */
interface StoryRef {
  id: string;
  published?: boolean;
}

@Injectable()
export class ArticlesLoaders {
  constructor(
    private readonly repository: ArticlesRepository,
    private readonly publications: PublicationRepository,
  ) {}

  /** Working copies by id: for the desk only, never for a public path. */
  byId(loaders: LoaderRegistry) {
    return loaders.one(
      'article.byId',
      (ids: readonly string[]) => this.repository.findByIds(ids),
      (article) => article.id,
    );
  }

  /** Stories as a reader may see them: the published snapshot, or null. */
  @NodeLoader({ types: ['Article'] })
  publishedById(loaders: LoaderRegistry) {
    return loaders.one(
      'article.publishedById',
      (ids: readonly string[]) => this.publications.findPublicByIds(ids),
      (article) => article.id,
    );
  }

  /** The publication of each story (document, corrections, version), null when it is not out. */
  publication(loaders: LoaderRegistry) {
    return loaders.one(
      'article.publication',
      (ids: readonly string[]) => this.publications.findByArticleIds(ids),
      (publication) => publication.articleId,
    );
  }

  /** A block of a published story by its key: the snapshot's blocks are keyed as `body` keys them. */
  @NodeLoader({ types: Object.values(BLOCK_TYPENAMES), key: BLOCK_KEY })
  blockByKey(loaders: LoaderRegistry) {
    return loaders.get(
      'article.blockByKey',
      () =>
        new DataLoader<string, Record<string, unknown> | null>(async (keys) => {
          const articleIds = [...new Set(keys.map(articleIdOfBlockKey))];
          const byKey = new Map<string, Record<string, unknown>>();
          await Promise.all(
            articleIds.map(async (id) => {
              for (const view of blockViews(id, await this.blocksOf(loaders, { id, published: true })))
                byKey.set(view.id as string, { ...view, __typename: BLOCK_TYPENAMES[view.type as keyof typeof BLOCK_TYPENAMES] });
            }),
          );
          return keys.map((key) => byKey.get(key) ?? null);
        }),
    );
  }

  /** The blocks of the version the parent stands for: the snapshot for a public view, the working copy for the desk. */
  async blocksOf(loaders: LoaderRegistry, story: StoryRef): Promise<ArticleBlock[]> {
    if (!story.published) return this.blocks(loaders).load(story.id);
    const document = await this.documentOf(loaders, story.id);
    return document ? snapshotBlocks(story.id, document) : [];
  }

  async authorsOf(loaders: LoaderRegistry, story: StoryRef): Promise<Pick<ArticleAuthor, 'personId' | 'role'>[]> {
    if (!story.published) return this.authors(loaders).load(story.id);
    return (await this.documentOf(loaders, story.id))?.authors ?? [];
  }

  async linksOf(loaders: LoaderRegistry, story: StoryRef): Promise<Pick<ArticleLink, 'relation' | 'targetType' | 'targetId'>[]> {
    if (!story.published) return this.links(loaders).load(story.id);
    return (await this.documentOf(loaders, story.id))?.links ?? [];
  }

  private async documentOf(loaders: LoaderRegistry, articleId: string): Promise<PublicationDocument | null> {
    const publication = await this.publication(loaders).load(articleId);
    return publication ? (publication.document as unknown as PublicationDocument) : null;
  }

  blocks(loaders: LoaderRegistry) {
    return loaders.many(
      'article.blocks',
      (ids: readonly string[]) => this.repository.findBlocks(ids),
      (block) => block.articleId,
    );
  }

  authors(loaders: LoaderRegistry) {
    return loaders.many(
      'article.authors',
      (ids: readonly string[]) => this.repository.findAuthors(ids),
      (author) => author.articleId,
    );
  }

  links(loaders: LoaderRegistry) {
    return loaders.many(
      'article.links',
      (ids: readonly string[]) => this.repository.findLinks(ids),
      (link) => link.articleId,
    );
  }
}
