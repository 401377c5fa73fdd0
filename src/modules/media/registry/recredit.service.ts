import { Injectable } from '@nestjs/common';
import { BadInputError } from '../../../common/errors/domain-error.js';
import { PrismaService } from '../../../database/prisma.service.js';
import type { MediaAsset, Prisma } from '../../../generated/prisma/client.js';
import { recordAudit } from '../../../audit/audit-log.js';
import { queueRenditionsOf } from '../rendition-requests.js';
import type { Viewer } from '../../../auth/viewer.js';
import type { RecreditMediaAssetsInput } from './dto/bulk.inputs.js';
import { checkMatchPattern, foldAccents } from './match-pattern.js';
import { LISTED_ASSETS_MAX, type RecreditResult } from './models/bulk-results.model.js';
import { assetKeysOrFallback } from './public-keys.js';

type Tx = Prisma.TransactionClient;
interface Candidate {
  id: string;
  creditLine: string;
  creditNeedsReview: boolean;
}

/** Rows read and written per statement: bounded whatever the size of the agency's archive. */
const CHUNK = 1000;

/** Re-credits every asset of a supplier whose credit line matches a pattern, in one transaction. */
@Injectable()
export class RecreditService {
  constructor(private readonly prisma: PrismaService) {}

  async recredit(input: RecreditMediaAssetsInput, viewer: Viewer): Promise<RecreditResult> {
    const problem = checkMatchPattern(input.creditLinePattern);
    if (problem) {
      throw new BadInputError(`input.creditLinePattern ${problem}`, [
        { path: 'input.creditLinePattern', message: problem, code: 'MATCH_PATTERN_REFUSED' },
      ]);
    }
    const pattern = new RegExp(foldAccents(input.creditLinePattern), 'iu');
    const dryRun = input.dryRun ?? false;
    return this.prisma.$transaction(async (tx) => {
      if (!(await tx.agency.findUnique({ where: { id: input.supplierId }, select: { id: true } }))) {
        throw new BadInputError('Unknown supplier', [{ path: 'input.supplierId', message: 'no such agency' }]);
      }
      const matched = (await candidates(tx, input.supplierId, !dryRun)).filter((row) => pattern.test(foldAccents(row.creditLine)));
      const changing = matched.filter((row) => row.creditLine !== input.creditLine || row.creditNeedsReview).map((row) => row.id);
      if (!dryRun && changing.length) {
        for (let i = 0; i < changing.length; i += CHUNK) {
          await tx.mediaAsset.updateMany({
            where: { id: { in: changing.slice(i, i + CHUNK) } },
            data: { creditLine: input.creditLine, creditNeedsReview: false, version: { increment: 1 } },
          });
        }
        await queueRenditionsOf(tx, { ids: changing });
        await recordAudit(tx, viewer, {
          action: 'mediaAsset.recredit',
          objectType: 'Agency',
          objectId: input.supplierId,
          // The agency itself is unchanged; the pages showing the assets changed are.
          changesObject: false,
          alsoChanges: assetKeysOrFallback(changing, { type: 'Agency', id: input.supplierId }),
          summary: {
            creditLinePattern: input.creditLinePattern,
            creditLine: input.creditLine,
            matched: matched.length,
            changed: changing.length,
            assetIds: changing.slice(0, LISTED_ASSETS_MAX),
          },
        });
      }
      return { matched: matched.length, changed: changing.length, dryRun, assets: await newestOf(tx, changing) };
    });
  }
}

/** The supplier's assets with a credit line, read in chunks by id; locked when they are to be written. */
async function candidates(tx: Tx, supplierId: string, lock: boolean): Promise<Candidate[]> {
  const all: Candidate[] = [];
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = lock
      ? await tx.$queryRaw<Candidate[]>`
          SELECT id, "creditLine", "creditNeedsReview" FROM "MediaAsset"
          WHERE "supplierId" = ${supplierId}::uuid AND "creditLine" IS NOT NULL AND id > ${after}::uuid
          ORDER BY id LIMIT ${CHUNK} FOR UPDATE`
      : await tx.$queryRaw<Candidate[]>`
          SELECT id, "creditLine", "creditNeedsReview" FROM "MediaAsset"
          WHERE "supplierId" = ${supplierId}::uuid AND "creditLine" IS NOT NULL AND id > ${after}::uuid
          ORDER BY id LIMIT ${CHUNK}`;
    all.push(...rows);
    if (rows.length < CHUNK) return all;
    after = rows[rows.length - 1].id;
  }
}

async function newestOf(tx: Tx, ids: readonly string[]): Promise<MediaAsset[]> {
  if (!ids.length) return [];
  return tx.$queryRaw<MediaAsset[]>`
    SELECT * FROM "MediaAsset" WHERE id = ANY(${ids}::uuid[]) ORDER BY "createdAt" DESC, id DESC LIMIT ${LISTED_ASSETS_MAX}`;
}
