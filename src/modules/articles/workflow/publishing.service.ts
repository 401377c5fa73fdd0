import { Injectable } from '@nestjs/common';
import { BadInputError, ForbiddenError } from '../../../common/errors/domain-error.js';
import { recordAudit } from '../../../audit/audit-log.js';
import { PrismaService } from '../../../database/prisma.service.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { emitEvent } from '../../../events/outbox.js';
import { hasRole, userIdOf, type Viewer } from '../../../auth/viewer.js';
import { FactCheckService } from '../../fact-check/fact-check.service.js';
import { removeJob } from '../../../jobs/job-queue.js';
import { requestPageBuild } from '../../../read-model/read-documents.repository.js';
import { PublicationRepository } from '../publication/publication.repository.js';
import { PublishBlockedError } from './publish-blocked.error.js';
import { PublishChecksService } from './publish-checks.service.js';
import { isOverridable, type PublishBlockReason } from './publish-gates.js';
import type { PublishOptionsInput } from './workflow.inputs.js';
import { applyStep, type LockedStory, lockForStep, publishJobKey, type StepInput } from './workflow-step.js';

type Tx = Prisma.TransactionClient;

/** Publishing, taking down and archiving: each one transaction with its snapshot, audit entry and event. */
@Injectable()
export class PublishingService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly publications: PublicationRepository,
    private readonly checks: PublishChecksService,
    private readonly facts: FactCheckService,
  ) {}

  publish(viewer: Viewer, input: StepInput, options: PublishOptionsInput = {}) {
    return this.prisma.$transaction((tx) => this.publishInTx(tx, viewer, input, options), { timeout: 30_000 });
  }

  /**
   * Publishes the working copy as it is now, after the gates; the first publication time is
   * kept (or set from the archive source); a correction is appended to the public ones.
   */
  async publishInTx(tx: Tx, viewer: Viewer, input: StepInput, options: PublishOptionsInput) {
    const story = await lockForStep(tx, viewer, 'publish', input);
    checkOptions(viewer, story, options);
    const { reasons, facts } = await this.checks.evaluate(tx, story.id);
    // An editor's override lifts the contradicted claims only; every other gate still holds.
    const overridden = options.factCheckOverride ? reasons.filter(isOverridable) : [];
    const blocking = reasons.filter((reason) => !overridden.includes(reason));
    if (blocking.length) throw new PublishBlockedError(blocking);
    const now = new Date();
    const publishedAt = options.originalPublishedAt ?? story.publishedAt ?? now;
    const article = await applyStep(
      tx,
      viewer,
      'publish',
      story,
      { publishedAt, scheduledAt: null, publishFailure: null, reviewNote: null },
      { ...(options.correction ? { correction: options.correction } : {}), publishedAt: publishedAt.toISOString() },
      await this.publications.listKeys(tx, story.id),
    );
    const correction = options.correction ? { note: options.correction, at: now.toISOString() } : null;
    await this.publications.snapshot(tx, story.id, { publishedAt, publishedById: userIdOf(viewer), correction });
    if (facts) await this.facts.afterPublish(tx, facts, article.version);
    if (overridden.length) await auditOverride(tx, viewer, story.id, options.factCheckOverride ?? '', overridden);
    // The rebuild job builds the story's page the moment this commits; readers get the live path meanwhile.
    await requestPageBuild(tx, 'Article', story.id);
    if (story.status === 'SCHEDULED') await removeJob(tx, publishJobKey(story.id));
    const payload = { slug: article.slug, version: article.version, ...(correction ? { correction: correction.note } : {}) };
    await emitEvent(tx, {
      type: correction ? 'article.corrected' : 'article.published',
      objectType: 'Article',
      objectId: story.id,
      payload,
    });
    return article;
  }

  unpublish(viewer: Viewer, input: StepInput) {
    return this.prisma.$transaction((tx) => this.unpublishInTx(tx, viewer, input));
  }

  /** Takes the story down in the caller's transaction: the rights job records why in the same one. */
  async unpublishInTx(tx: Tx, viewer: Viewer, input: StepInput) {
    const story = await lockForStep(tx, viewer, 'unpublish', input);
    const article = await applyStep(tx, viewer, 'unpublish', story, {}, {}, await this.publications.listKeys(tx, story.id));
    await this.takeDown(tx, article.id, article.slug);
    return article;
  }

  archive(viewer: Viewer, input: StepInput) {
    return this.prisma.$transaction(async (tx) => {
      const story = await lockForStep(tx, viewer, 'archive', input);
      const takenDown = story.status === 'PUBLISHED';
      const publicChange = takenDown ? await this.publications.listKeys(tx, story.id) : null;
      const article = await applyStep(tx, viewer, 'archive', story, { scheduledAt: null }, {}, publicChange);
      if (story.status === 'SCHEDULED') await removeJob(tx, publishJobKey(story.id));
      if (takenDown) await this.takeDown(tx, article.id, article.slug);
      return article;
    });
  }

  private async takeDown(tx: Tx, articleId: string, slug: string) {
    await this.publications.remove(tx, articleId);
    await emitEvent(tx, { type: 'article.unpublished', objectType: 'Article', objectId: articleId, payload: { slug } });
  }
}

/** The editor's note and the claims it let through, in the publish's transaction. */
function auditOverride(tx: Tx, viewer: Viewer, articleId: string, note: string, overridden: PublishBlockReason[]) {
  return recordAudit(tx, viewer, {
    action: 'article.factCheckOverridden',
    objectType: 'Article',
    objectId: articleId,
    summary: { note, claims: overridden.map(({ path, message }) => ({ path, message })) },
    changesPublicData: false,
  });
}

function checkOptions(viewer: Viewer, story: LockedStory, options: PublishOptionsInput): void {
  if (options.factCheckOverride !== undefined && !hasRole(viewer, 'EDITOR')) {
    throw new ForbiddenError('Only an editor may publish over the fact check');
  }
  if (options.correction && !story.publishedAt) {
    throw new BadInputError('A correction needs a story that was published before', [
      { path: 'options.correction', message: 'publish the story first; a correction amends a published story' },
    ]);
  }
  if (options.originalPublishedAt && options.originalPublishedAt.getTime() > Date.now()) {
    throw new BadInputError('The original publication time is in the future', [
      { path: 'options.originalPublishedAt', message: 'give the time the story was first published at its source' },
    ]);
  }
}
