import type { Prisma } from '../../../generated/prisma/client.js';
import { effectiveCredit } from '../domain/credit.js';

const agencyCredit = { select: { name: true, creditFormat: true, creditStyle: true } } as const;

/** The credit to print for a just-uploaded asset, as the GraphQL `credit` field gives it (one statement). */
export async function uploadCredit(tx: Prisma.TransactionClient, assetId: string): Promise<string | null> {
  const asset = await tx.mediaAsset.findUniqueOrThrow({
    where: { id: assetId },
    select: {
      creditLine: true,
      supplier: agencyCredit,
      creators: {
        orderBy: { position: 'asc' },
        select: { photographer: { select: { name: true, creditFormat: true, agency: agencyCredit } } },
      },
    },
  });
  return effectiveCredit({
    creditLine: asset.creditLine,
    supplier: asset.supplier,
    creators: asset.creators.map(({ photographer }) => photographer),
  });
}
