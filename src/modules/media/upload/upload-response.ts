import type { Prisma } from '../../../generated/prisma/client.js';
import { toGlobalId } from '../../../graphql/relay/global-id.js';

/** The columns an upload answers with. */
export const uploadedAssetSelect = {
  id: true,
  url: true,
  mimeType: true,
  width: true,
  height: true,
  sizeBytes: true,
  contentHash: true,
  originalFilename: true,
  caption: true,
  altText: true,
  creditLine: true,
  supplierId: true,
  creatorNames: true,
  creditNeedsReview: true,
  renditionsStatus: true,
  supplier: { select: { id: true, name: true } },
} satisfies Prisma.MediaAssetSelect;

export type UploadedAssetRow = Prisma.MediaAssetGetPayload<{ select: typeof uploadedAssetSelect }>;

/** Something the desk should know about the upload; the asset is stored all the same. */
export interface UploadWarning {
  code: string;
  message: string;
  field?: string;
}

export interface UploadOutcome {
  asset: UploadedAssetRow;
  credit: string | null;
  /** True when the same file was uploaded before: that asset is answered, nothing new is stored. */
  duplicate: boolean;
  warnings: UploadWarning[];
}

/** The JSON body of POST /media; ids are the global ids the GraphQL API uses. */
export function toUploadResponse({ asset, credit, duplicate, warnings }: UploadOutcome) {
  return {
    asset: {
      id: toGlobalId('MediaAsset', asset.id),
      url: asset.url,
      mimeType: asset.mimeType,
      width: asset.width,
      height: asset.height,
      sizeBytes: asset.sizeBytes,
      contentHash: asset.contentHash,
      originalFilename: asset.originalFilename,
      caption: asset.caption,
      altText: asset.altText,
      creditLine: asset.creditLine,
      credit,
      supplier: asset.supplier ? { id: toGlobalId('Agency', asset.supplier.id), name: asset.supplier.name } : null,
      creditNeedsReview: asset.creditNeedsReview,
      renditionsStatus: asset.renditionsStatus,
    },
    duplicate,
    warnings,
  };
}
