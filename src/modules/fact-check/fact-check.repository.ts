import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client.js';
import type { StoredClaim, StoryFactCheck } from './fact-check.types.js';

type Db = Prisma.TransactionClient;

/** A story's working-copy version and its stored check (null when it was never checked). */
export interface StoredCheckRow {
  articleId: string;
  storyVersion: number;
  check: StoryFactCheck | null;
}

/**
 * The stored fact checks of working copies (ArticleFactCheck), one row per story, replaced by each
 * save. Only a complete check is stored: a story longer than the check reads is checked on demand.
 */
@Injectable()
export class FactCheckRepository {
  async upsert(tx: Db, check: StoryFactCheck): Promise<void> {
    const data = {
      articleVersion: check.articleVersion,
      checkedAt: check.checkedAt,
      claims: check.claims as unknown as Prisma.InputJsonArray,
      contradicted: check.contradicted,
    };
    await tx.articleFactCheck.upsert({
      where: { articleId: check.articleId },
      create: { articleId: check.articleId, ...data },
      update: data,
    });
  }

  /** A publish re-checked the story: whatever the review list held for its earlier publication is settled. */
  async settleReview(tx: Db, articleId: string): Promise<void> {
    await tx.articleFactReview.deleteMany({ where: { articleId } });
  }

  /** The stories' versions with their stored checks, in one statement; a story that does not exist is absent. */
  async findWithVersions(db: Db, articleIds: readonly string[]): Promise<StoredCheckRow[]> {
    if (!articleIds.length) return [];
    const rows = await db.$queryRaw<
      {
        articleId: string;
        storyVersion: number;
        checkVersion: number | null;
        checkedAt: Date | null;
        claims: unknown;
        contradicted: number | null;
      }[]
    >`
      SELECT a.id::text AS "articleId", a.version AS "storyVersion", f."articleVersion" AS "checkVersion", f."checkedAt", f.claims, f.contradicted
      FROM "Article" a LEFT JOIN "ArticleFactCheck" f ON f."articleId" = a.id
      WHERE a.id = ANY(${[...articleIds]}::uuid[])`;
    return rows.map((row) => ({
      articleId: row.articleId,
      storyVersion: row.storyVersion,
      check:
        row.checkVersion === null || row.checkedAt === null
          ? null
          : {
              articleId: row.articleId,
              articleVersion: row.checkVersion,
              checkedAt: row.checkedAt,
              claims: storedClaims(row.claims),
              complete: true,
              contradicted: row.contradicted ?? 0,
            },
    }));
  }
}

/** A claims column as stored (StoredClaim[]); anything else reads as no claims. */
export function storedClaims(value: unknown): StoredClaim[] {
  return Array.isArray(value) ? (value as StoredClaim[]) : [];
}
