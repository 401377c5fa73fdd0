import { Injectable, Logger } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client.js';
import { checkProse } from './engine/check-prose.js';
import type { ProseParagraph } from './engine/claims.js';
import type { FactSheet } from './engine/fact-sheet.js';
import { FACT_CHECK_LIMITS } from './engine/limits.js';
import { FactCheckRepository } from './fact-check.repository.js';
import { contradictedOf, type StoredClaim, type StoryFactCheck } from './fact-check.types.js';
import { FactSheetRepository } from './facts/fact-sheet.repository.js';
import { proseOf, type StorySource } from './facts/story-source.js';
import { StorySourceRepository } from './facts/story-source.repository.js';

type Db = Prisma.TransactionClient;

/**
 * Most characters of prose one check reads, as the engine bounds it (about 15,000 words, far
 * beyond any report): a longer story is checked up to there and said to be incomplete, so a
 * save stays fast.
 */
export const MAX_CHECKED_CHARACTERS = FACT_CHECK_LIMITS.storyChars;

/**
 * The paragraphs the engine will read, and whether that is all the prose: it reads the first
 * MAX_CHECKED_CHARACTERS characters of a story (and of each paragraph, its own cap) and stops.
 */
export function withinBudget(paragraphs: readonly ProseParagraph[], budget = MAX_CHECKED_CHARACTERS) {
  const read: ProseParagraph[] = [];
  let used = 0;
  for (const paragraph of paragraphs.slice(0, FACT_CHECK_LIMITS.paragraphs)) {
    if (used >= budget) break;
    used += Math.min(paragraph.text.length, FACT_CHECK_LIMITS.paragraphChars);
    read.push(paragraph);
  }
  const total = paragraphs.reduce((sum, p) => sum + p.text.length, 0);
  const complete =
    read.length === paragraphs.length && total <= budget && paragraphs.every((p) => p.text.length <= FACT_CHECK_LIMITS.paragraphChars);
  return { paragraphs: read, complete };
}

/**
 * Reads a story's prose against the data it links and embeds (its fact sheet): on save, in
 * the publish gates, on demand, and for the published snapshot when the data changes.
 */
@Injectable()
export class FactCheckService {
  private readonly logger = new Logger(FactCheckService.name);

  constructor(
    private readonly sources: StorySourceRepository,
    private readonly sheets: FactSheetRepository,
    private readonly store: FactCheckRepository,
  ) {}

  /** The check of the working copy as `db` sees it; null when there is no such story. */
  async checkWorkingCopy(db: Db, articleId: string): Promise<StoryFactCheck | null> {
    const source = await this.sources.workingCopy(db, articleId);
    return source && this.check(db, source);
  }

  /** Checks the working copy in the save's transaction and stores the result with the saved version. */
  async recordForSave(tx: Db, articleId: string): Promise<StoryFactCheck | null> {
    const check = await this.checkWorkingCopy(tx, articleId);
    if (check) await this.keep(tx, check);
    return check;
  }

  /** Stores a check made earlier in the same transaction, under the version the story now has (a publish moves it on). */
  async keep(tx: Db, check: StoryFactCheck): Promise<void> {
    if (check.complete) await this.store.upsert(tx, check);
  }

  /**
   * After a publish, in its transaction: the check its gates made is kept under the version the
   * publish moved the story to, and the story leaves the review list (its new text was checked).
   */
  async afterPublish(tx: Db, check: StoryFactCheck, publishedVersion: number): Promise<void> {
    await this.keep(tx, { ...check, articleVersion: publishedVersion });
    await this.store.settleReview(tx, check.articleId);
  }

  /** Checks one version of a story: the sheet is read only when there is prose to check. */
  async check(db: Db, source: StorySource): Promise<StoryFactCheck> {
    const { paragraphs, complete } = withinBudget(proseOf(source.blocks));
    const base = { articleId: source.articleId, articleVersion: source.version, checkedAt: new Date() };
    if (!paragraphs.some((paragraph) => paragraph.text.trim())) return { ...base, claims: [], contradicted: 0, complete };
    const sheet = await this.sheets.sheetFor(db, source);
    const claims = this.run(paragraphs, sheet, source.language);
    return { ...base, claims: claims ?? [], contradicted: contradictedOf(claims ?? []).length, complete: complete && claims !== null };
  }

  /** The engine's claims with the kind of entity each is about; null when the engine failed, which must not stop a save. */
  private run(paragraphs: ProseParagraph[], sheet: FactSheet, language: string): StoredClaim[] | null {
    const types = new Map(sheet.entities.map((entity) => [entity.id, entity.type]));
    try {
      return checkProse(paragraphs, sheet, language).map((claim) => ({
        ...claim,
        entityType: claim.entityId ? (types.get(claim.entityId) ?? null) : null,
      }));
    } catch (error) {
      this.logger.error(`The fact check failed: ${(error as Error).stack ?? String(error)}`);
      return null;
    }
  }
}
