import { Injectable } from '@nestjs/common';
import { BadInputError, DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { ReferencedByArticlesError } from '../../common/errors/referenced.error.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { recordAudit } from '../../audit/audit-log.js';
import { createdSummary, deletedSummary, updatedSummary } from '../../audit/audit-summary.js';
import type { Viewer } from '../../auth/viewer.js';
import type { CreateSocialPostInput, UpdateSocialPostInput } from './dto/social-post.inputs.js';
import { ReferencesRepository } from '../references/references.repository.js';

type Tx = Prisma.TransactionClient;

@Injectable()
export class SocialPostsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly references: ReferencesRepository,
  ) {}

  findOne(id: string) {
    return this.prisma.socialPost.findUnique({ where: { id } });
  }

  async create(input: CreateSocialPostInput, viewer: Viewer) {
    return this.prisma.$transaction(async (tx) => {
      await checkAuthor(tx, input.authorPersonId);
      await checkUrlFree(tx, input.url, null);
      const post = await tx.socialPost.create({ data: input });
      await recordAudit(tx, viewer, {
        action: 'socialPost.create',
        objectType: 'SocialPost',
        objectId: post.id,
        summary: createdSummary(input),
      });
      return post;
    });
  }

  /** A changed text is a new capture of the post, so capturedAt moves with it. */
  async update(input: UpdateSocialPostInput, viewer: Viewer) {
    const { id, expectedVersion, ...fields } = input;
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.socialPost.findUnique({ where: { id }, select: { text: true } });
      if (!current) throw new NotFoundError('SocialPost', { id });
      await checkAuthor(tx, fields.authorPersonId);
      if (fields.url) await checkUrlFree(tx, fields.url, id);
      const recaptured = fields.text !== undefined && fields.text !== current.text ? { capturedAt: new Date() } : {};
      await updateAtVersion(tx.socialPost, 'SocialPost', id, expectedVersion, { ...fields, ...recaptured });
      await recordAudit(tx, viewer, {
        action: 'socialPost.update',
        objectType: 'SocialPost',
        objectId: id,
        summary: updatedSummary(input),
      });
      return tx.socialPost.findUniqueOrThrow({ where: { id } });
    });
  }

  /** Refused while a story embeds the post; quotes taken from it keep their text and lose the link. */
  async delete(id: string, viewer: Viewer): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.socialPost.findUnique({ where: { id }, select: { version: true } });
      if (!current) throw new NotFoundError('SocialPost', { id });
      const articles = await this.references.articleSlugs(tx, 'SOCIAL_POST', id);
      if (articles.length) throw new ReferencedByArticlesError('SocialPost', id, articles);
      await tx.socialPost.delete({ where: { id } });
      await recordAudit(tx, viewer, {
        action: 'socialPost.delete',
        objectType: 'SocialPost',
        objectId: id,
        summary: deletedSummary(current.version),
      });
      return id;
    });
  }
}

async function checkAuthor(tx: Tx, personId: string | null | undefined) {
  if (personId && !(await tx.person.findUnique({ where: { id: personId }, select: { id: true } }))) {
    throw new BadInputError('Unknown author', [{ path: 'input.authorPersonId', message: 'no such person' }]);
  }
}

async function checkUrlFree(tx: Tx, url: string, selfId: string | null) {
  const owner = await tx.socialPost.findUnique({ where: { url }, select: { id: true } });
  if (owner && owner.id !== selfId) {
    throw new DomainError(ErrorCode.CONFLICT, 'This post is already stored', { field: 'input.url', existingId: owner.id });
  }
}
