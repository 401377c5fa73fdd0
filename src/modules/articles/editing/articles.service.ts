import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError, SlugTakenError } from '../../../common/errors/domain-error.js';
import { slugify } from '../../../common/validation/slug.js';
import { updateAtVersion } from '../../../database/optimistic-update.js';
import { PrismaService } from '../../../database/prisma.service.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { userIdOf, type Viewer } from '../../../auth/viewer.js';
import { checkReferences } from './article-references.js';
import { ArticlesRepository } from './articles.repository.js';
import { bodyText } from '../blocks/body-text.js';
import { type BlockReference, type NormalizedBody, normalizeBlocks } from '../blocks/normalize-blocks.js';
import { referenceRows } from '../blocks/reference-index.js';
import type { ArticleVersionInput, CreateArticleInput, UpdateArticleInput } from '../dto/article.inputs.js';
import { ArticleRevisions, CREATED, type RevisionCause, SAVED } from '../revisions/article-revisions.js';

type Tx = Prisma.TransactionClient;
type Content = Omit<CreateArticleInput, 'headline'> & { headline?: string };
type PreparedContent = { body: NormalizedBody | null; bodyText: string | null };

// A story with 300 blocks checks and writes a few hundred rows: more than the 5 s default.
const TRANSACTION_OPTIONS = { maxWait: 5_000, timeout: 30_000 };

@Injectable()
export class ArticlesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: ArticlesRepository,
    private readonly revisions: ArticleRevisions,
  ) {}

  findPublished(slug: string) {
    return this.repository.findPublishedBySlug(slug);
  }

  create(input: CreateArticleInput, viewer: Viewer) {
    const slug = input.slug ?? slugify(input.headline);
    if (!slug) throw new BadInputError('Cannot make a slug from this headline', [{ path: 'input.slug', message: 'give a slug' }]);
    return this.prisma.$transaction(async (tx) => {
      await this.assertSlugFree(tx, slug, null);
      const content = await this.prepareContent(tx, input);
      const article = await tx.article.create({
        data: {
          ...this.scalarFields(input),
          headline: input.headline,
          slug,
          bodyText: content.bodyText ?? '',
          createdById: userIdOf(viewer),
          updatedById: userIdOf(viewer),
        },
      });
      await this.writeContent(tx, article.id, article.language, input, content);
      await this.revisions.append(tx, article, input, content.body, viewer, CREATED);
      return article;
    }, TRANSACTION_OPTIONS);
  }

  update(input: UpdateArticleInput, viewer: Viewer, cause: RevisionCause = SAVED) {
    const { id, expectedVersion, ...content } = input;
    return this.prisma
      .$transaction(async (tx) => {
        if (content.slug) await this.assertSlugFree(tx, content.slug, id);
        const prepared = await this.prepareContent(tx, content);
        await updateAtVersion(tx.article, 'Article', id, expectedVersion, {
          ...this.scalarFields(content),
          ...(content.headline ? { headline: content.headline } : {}),
          ...(content.slug ? { slug: content.slug } : {}),
          ...(prepared.bodyText !== null ? { bodyText: prepared.bodyText } : {}),
          updatedById: userIdOf(viewer),
        });
        const article = await tx.article.findUniqueOrThrow({ where: { id } });
        await this.writeContent(tx, id, article.language, content, prepared);
        await this.revisions.append(tx, article, content, prepared.body, viewer, cause);
        return article;
      }, TRANSACTION_OPTIONS)
      .catch((error: unknown) => this.revisions.keepRejected(error, input, viewer, cause));
  }

  publish({ id, expectedVersion }: ArticleVersionInput) {
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.article.findUnique({ where: { id }, select: { publishedAt: true } });
      if (!current) throw new NotFoundError('Article', { id });
      await updateAtVersion(tx.article, 'Article', id, expectedVersion, {
        status: 'PUBLISHED',
        publishedAt: current.publishedAt ?? new Date(),
      });
      return tx.article.findUniqueOrThrow({ where: { id } });
    });
  }

  unpublish({ id, expectedVersion }: ArticleVersionInput) {
    return this.prisma.$transaction(async (tx) => {
      await updateAtVersion(tx.article, 'Article', id, expectedVersion, { status: 'UNPUBLISHED' });
      return tx.article.findUniqueOrThrow({ where: { id } });
    });
  }

  /** Checks the body and everything it references; computes the body text before the article row is written. */
  private async prepareContent(tx: Tx, content: Content): Promise<PreparedContent> {
    const body = content.blocks ? normalizeBlocks(content.blocks) : null;
    if (body?.issues.length) throw new BadInputError(body.issues.map((i) => `${i.path}: ${i.message}`).join('; '), body.issues);
    const references: BlockReference[] = [
      ...(body?.references ?? []),
      ...(content.authors ?? []).map((a, i) => ({
        targetType: 'PERSON' as const,
        targetId: a.personId,
        kind: null,
        blockPosition: -1,
        path: `input.authors.${i}.personId`,
      })),
      ...(content.links ?? []).map((l, i) => ({
        targetType: l.targetType,
        targetId: l.targetId,
        kind: null,
        blockPosition: -1,
        path: `input.links.${i}.targetId`,
      })),
    ];
    const placedTexts = await checkReferences(tx, references);
    return { body, bodyText: body ? bodyText(body.blocks, placedTexts) : null };
  }

  /** Blocks, links, authors, the reference index and the search vector, in the caller's transaction. */
  private async writeContent(tx: Tx, articleId: string, language: string, content: Content, { body }: PreparedContent) {
    if (body) await this.repository.replaceBlocks(tx, articleId, body.blocks);
    if (content.authors) await this.repository.replaceAuthors(tx, articleId, content.authors);
    if (content.links) await this.repository.replaceLinks(tx, articleId, content.links);
    await this.repository.replaceReferences(tx, articleId, referenceRows(body?.references ?? [], content.links ?? []), {
      blocks: Boolean(body),
      links: Boolean(content.links),
    });
    await this.repository.updateSearchVector(tx, articleId, language);
  }

  private scalarFields(input: Content) {
    const { summary, language, section, tags, dateline, canonicalUrl, seoTitle, seoDescription } = input;
    return {
      summary,
      language,
      section,
      tags,
      canonicalUrl,
      seoTitle,
      seoDescription,
      ...(dateline ? { datelinePlace: dateline.place ?? null, datelineDate: dateline.date ?? null } : {}),
    };
  }

  private async assertSlugFree(tx: Tx, slug: string, selfId: string | null) {
    const owner = await tx.article.findUnique({ where: { slug }, select: { id: true } });
    if (owner && owner.id !== selfId) throw new SlugTakenError('Article', slug);
  }
}
