import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError, SlugTakenError } from '../../../common/errors/domain-error.js';
import { slugify } from '../../../common/validation/slug.js';
import { updateAtVersion } from '../../../database/optimistic-update.js';
import { PrismaService } from '../../../database/prisma.service.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { referenceRows } from '../../references/reference-index.js';
import { ReferencesRepository } from '../../references/references.repository.js';
import { checkReferences } from './article-references.js';
import { ArticlesRepository } from './articles.repository.js';
import { PublicationRepository } from '../publication/publication.repository.js';
import { bodyText } from '../blocks/body-text.js';
import { type BlockReference, type NormalizedBody, normalizeBlocks } from '../blocks/normalize-blocks.js';
import type { CreateArticleInput, UpdateArticleInput } from '../dto/article.inputs.js';
import { recordAudit } from '../../../audit/audit-log.js';
import { userIdOf, type Viewer } from '../../../auth/viewer.js';
import { assertMayCreate, assertMayEdit } from '../workflow/story-access.js';
import { ArticleRevisions, CREATED, type RevisionCause, SAVED } from '../revisions/article-revisions.js';
import { FactCheckService } from '../../fact-check/fact-check.service.js';

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
    private readonly references: ReferencesRepository,
    private readonly publications: PublicationRepository,
    private readonly revisions: ArticleRevisions,
    private readonly facts: FactCheckService,
  ) {}

  /** The story as readers see it: its published snapshot, or null. */
  findPublished(slug: string) {
    return this.publications.findPublicBySlug(slug);
  }

  create(viewer: Viewer, input: CreateArticleInput) {
    assertMayCreate(viewer);
    const slug = input.slug ?? slugify(input.headline);
    if (!slug) throw new BadInputError('Cannot make a slug from this headline', [{ path: 'input.slug', message: 'give a slug' }]);
    const userId = userIdOf(viewer);
    return this.prisma.$transaction(async (tx) => {
      await this.assertSlugFree(tx, slug, null);
      const content = await this.prepareContent(tx, input);
      const article = await tx.article.create({
        data: {
          ...this.scalarFields(input),
          headline: input.headline,
          slug,
          bodyText: content.bodyText ?? '',
          createdById: userId,
          updatedById: userId,
        },
      });
      await this.writeContent(tx, article.id, article.language, input, content);
      await this.revisions.append(tx, article, input, content.body, viewer, CREATED);
      // The save's warnings: `factCheck` in its answer reads this row instead of checking again.
      await this.facts.recordForSave(tx, article.id);
      // A working copy: readers see nothing of it until it is published.
      await recordAudit(tx, viewer, {
        action: 'article.create',
        objectType: 'Article',
        objectId: article.id,
        summary: { slug },
        changesPublicData: false,
      });
      return article;
    }, TRANSACTION_OPTIONS);
  }

  /** Saves the working copy only: the published snapshot changes when the story is published again. */
  update(viewer: Viewer, input: UpdateArticleInput, cause: RevisionCause = SAVED) {
    return this.prisma
      .$transaction((tx) => this.updateInTx(tx, viewer, input, cause), TRANSACTION_OPTIONS)
      .catch((error: unknown) => this.revisions.keepRejected(error, input, viewer, cause));
  }

  /** The save in the caller's transaction: the rights job swaps a photo and republishes the story in one. */
  async updateInTx(tx: Tx, viewer: Viewer, input: UpdateArticleInput, cause: RevisionCause = SAVED) {
    const { id, expectedVersion, ...content } = input;
    const current = await tx.article.findUnique({ where: { id }, select: { status: true, createdById: true } });
    if (!current) throw new NotFoundError('Article', { id });
    assertMayEdit(viewer, current);
    if (content.slug) await this.assertSlugFree(tx, content.slug, id);
    const prepared = await this.prepareContent(tx, content);
    await updateAtVersion(tx.article, 'Article', id, expectedVersion, {
      ...this.scalarFields(content),
      updatedById: userIdOf(viewer),
      ...(content.headline ? { headline: content.headline } : {}),
      ...(content.slug ? { slug: content.slug } : {}),
      ...(prepared.bodyText !== null ? { bodyText: prepared.bodyText } : {}),
    });
    const article = await tx.article.findUniqueOrThrow({ where: { id } });
    await this.writeContent(tx, id, article.language, content, prepared);
    await this.revisions.append(tx, article, content, prepared.body, viewer, cause);
    await this.facts.recordForSave(tx, id);
    await recordAudit(tx, viewer, {
      action: 'article.update',
      objectType: 'Article',
      objectId: id,
      summary: { fields: Object.keys(content), fromVersion: expectedVersion, toVersion: article.version },
      changesPublicData: false,
    });
    return article;
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
    await this.references.replaceReferences(tx, articleId, referenceRows(body?.references ?? [], content.links ?? []), {
      blocks: Boolean(body),
      links: Boolean(content.links),
    });
    await this.repository.updateSearchVector(tx, articleId, language);
  }

  private scalarFields(input: Content) {
    const { summary, language, section, tags, dateline, canonicalUrl, seoTitle, seoDescription, editorNotes } = input;
    return {
      summary,
      editorNotes,
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
    if ((owner && owner.id !== selfId) || (await this.publications.slugHeldByOther(tx, slug, selfId)))
      throw new SlugTakenError('Article', slug);
  }
}
