import { Injectable } from '@nestjs/common';
import { PUBLIC_STORIES, PUBLIC_STORY_REFERENCES } from '../../../../auth/story-visibility.js';
import { PrismaService } from '../../../../database/prisma.service.js';
import { Prisma } from '../../../../generated/prisma/client.js';
import { KeysetOrder, type KeysetPage } from '../../../../graphql/pagination/keyset.js';
import type { MediaUse } from './media-use.js';

type Db = Prisma.TransactionClient | PrismaService;

/** The audit actions that report a use, before and after its expiry; they also mark it as reported. */
export const RIGHTS_EXPIRING_ACTION = 'mediaAsset.rightsExpiring';
export const RIGHTS_EXPIRED_ACTION = 'mediaAsset.rightsExpired';

/** Soonest expiry first, then by story and photo. */
export const SOONEST_EXPIRY = new KeysetOrder<MediaUse>([
  { field: 'expiresAt', column: 'u."expiresAt"', type: 'timestamp', direction: 'asc' },
  { field: 'articleId', column: 'u."articleId"', type: 'uuid', direction: 'asc' },
  { field: 'assetId', column: 'u."assetId"', type: 'uuid', direction: 'asc' },
]);

/**
 * Every photo placed in a published story (the snapshot's reference index, so what readers
 * see) whose rights expire by `horizon`, with its supplier's policy and what the job does
 * about it at `now`, and when it was last reported at this expiry (the audit entries of
 * the job). A SWAP_FALLBACK becomes UNPUBLISH_STORY when the fallback is missing or not
 * clear at `now`, or when the working copy has unpublished changes (the job must not publish
 * them). Mirrors ExpiryActionReason.
 */
function usesSql(now: Date, horizon: Date, only: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  return Prisma.sql`
    SELECT v.*, CASE WHEN v."actionReason" IS NULL THEN v.policy ELSE 'UNPUBLISH_STORY' END AS action
    FROM (
      SELECT r."articleId", p.slug, m.id AS "assetId", m."expiresAt", m."expiresAt" <= ${now} AS expired,
        g.id AS "agencyId", coalesce(g."expiryPolicy"::text, 'NOTIFY') AS policy, f.id AS "fallbackAssetId",
        CASE
          WHEN g."expiryPolicy" IS DISTINCT FROM 'SWAP_FALLBACK' THEN NULL
          WHEN f.id IS NULL OR f.id = m.id THEN 'NO_FALLBACK'
          WHEN f."expiresAt" <= ${now} OR f."embargoUntil" > ${now} THEN 'FALLBACK_NOT_CLEAR'
          WHEN a.version <> p.version THEN 'UNPUBLISHED_CHANGES'
        END AS "actionReason",
        (SELECT max(e.at) FROM "AuditEntry" e
          WHERE e."objectType" = 'MediaAsset' AND e."objectId" = m.id
            AND e.action = CASE WHEN m."expiresAt" <= ${now} THEN ${RIGHTS_EXPIRED_ACTION} ELSE ${RIGHTS_EXPIRING_ACTION} END
            AND e.summary->>'articleId' = r."articleId"::text
            AND (e.summary->>'expiresAt')::timestamptz = m."expiresAt") AS "noticeSentAt"
      FROM "MediaAsset" m
      JOIN (SELECT DISTINCT "articleId", "targetId" FROM ${PUBLIC_STORY_REFERENCES}
            WHERE "targetType" = 'MEDIA_ASSET' AND kind = 'IMAGE_BLOCK') r ON r."targetId" = m.id
      JOIN ${PUBLIC_STORIES} p ON p."articleId" = r."articleId"
      JOIN "Article" a ON a.id = r."articleId"
      LEFT JOIN "Agency" g ON g.id = m."supplierId"
      LEFT JOIN "MediaAsset" f ON f.id = g."fallbackAssetId"
      WHERE m."expiresAt" <= ${horizon} AND ${only}
    ) v`;
}

/** The SQL of the rights job and of the admins' list of expiring uses. */
@Injectable()
export class MediaUsesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One page of the uses expiring by `horizon` (expired ones included), soonest first. */
  page(now: Date, horizon: Date, page: KeysetPage<MediaUse>): Promise<MediaUse[]> {
    return this.prisma.$queryRaw<MediaUse[]>`
      SELECT u.* FROM (${usesSql(now, horizon)}) u
      WHERE ${page.sqlWhere()} ORDER BY ${page.sqlOrderBy()} LIMIT ${page.take}`;
  }

  /**
   * The stories, after `after` in id order, with something for the job to do: a use not yet
   * reported at its expiry, or an expired one whose action changes the story.
   */
  async storiesToVisit(now: Date, horizon: Date, after: string | null, limit: number): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<{ articleId: string }[]>`
      SELECT DISTINCT u."articleId" FROM (${usesSql(now, horizon)}) u
      WHERE (u."noticeSentAt" IS NULL OR (u.expired AND u.action <> 'NOTIFY'))
        AND (${after}::uuid IS NULL OR u."articleId" > ${after}::uuid)
      ORDER BY u."articleId" LIMIT ${limit}`;
    return rows.map((row) => row.articleId);
  }

  /** The uses of one story, read in the job's transaction once the story is locked. */
  usesOf(db: Db, articleId: string, now: Date, horizon: Date): Promise<MediaUse[]> {
    return db.$queryRaw<MediaUse[]>`
      SELECT u.* FROM (${usesSql(now, horizon, Prisma.sql`r."articleId" = ${articleId}::uuid`)}) u
      ORDER BY u."expiresAt", u."assetId"`;
  }

  /** Locks a published story for the job's transaction: its working-copy version, or null when it is not published. */
  async lockPublished(tx: Prisma.TransactionClient, articleId: string): Promise<{ version: number } | null> {
    const rows = await tx.$queryRaw<{ version: number }[]>`
      SELECT a.version FROM "Article" a JOIN ${PUBLIC_STORIES} p ON p."articleId" = a.id
      WHERE a.id = ${articleId}::uuid AND a.status = 'PUBLISHED' FOR UPDATE OF a`;
    return rows.at(0) ?? null;
  }

  /** The working copy's blocks, in order, for a swap. */
  blocksOf(tx: Prisma.TransactionClient, articleId: string) {
    return tx.articleBlock.findMany({ where: { articleId }, orderBy: { position: 'asc' }, select: { type: true, data: true } });
  }
}
