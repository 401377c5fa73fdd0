import { Injectable, Logger } from '@nestjs/common';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { recordAudit } from '../../../audit/audit-log.js';
import type { Viewer } from '../../../auth/viewer.js';
import { AppConfig } from '../../../config/app-config.js';
import { PrismaService } from '../../../database/prisma.service.js';
import { Prisma } from '../../../generated/prisma/client.js';
import { toGlobalId } from '../../../graphql/relay/global-id.js';
import { LoaderRegistry } from '../../../graphql/loader-registry.js';
import { RegistryLoaders } from '../registry/registry.loaders.js';
import { draftAsset } from '../metadata/asset-draft.js';
import type { FileMetadata } from '../metadata/file-metadata.types.js';
import { readFileMetadata } from '../metadata/read-file-metadata.js';
import { queueRenditions } from '../rendition-requests.js';
import { MediaStorage } from '../storage/media-storage.js';
import { originalKey } from '../storage/storage-key.js';
import { checkImage, type CheckedImage } from './image-check.js';
import { receiveUpload, type SpooledFile } from './multipart-upload.js';
import { uploadedAssetSelect, type UploadOutcome, type UploadWarning } from './upload-response.js';
import { uploadFields, UPLOAD_TEXT_FIELDS, type UploadFields } from './upload-fields.js';

type Tx = Prisma.TransactionClient;

// Storing the original happens inside the transaction (see store): a large file sent to a remote bucket needs time.
const STORE_TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * One upload, start to end: the file streams to a spool file, its bytes are checked, its
 * metadata read, and then in one transaction it is stored and becomes an asset, or is found to
 * be an asset already. Whatever fails, the spool file is removed and nothing is left half-stored.
 */
@Injectable()
export class MediaUploadService {
  private readonly logger = new Logger(MediaUploadService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly storage: MediaStorage,
    private readonly config: AppConfig,
    private readonly registry: RegistryLoaders,
  ) {}

  async upload(req: IncomingMessage, viewer: Viewer): Promise<UploadOutcome> {
    const { maxBytes, maxPixels } = this.config.media;
    const received = await receiveUpload(req, {
      spoolDirectory: this.storage.spoolDirectory(),
      maxBytes,
      fileField: 'file',
      textFields: UPLOAD_TEXT_FIELDS,
    });
    try {
      const fields = uploadFields(received.fields);
      const image = await checkImage(received.file.path, maxPixels);
      const metadata = await readFileMetadata(received.file.path);
      return await this.store(received.file, image, metadata, fields, viewer);
    } finally {
      await rm(received.file.path, { force: true });
    }
  }

  /**
   * Same bytes, same key, one asset. Uploads of one hash take turns (an advisory lock), and the
   * file is written while the turn is held: a racing upload either sees the committed asset or
   * stores after this one failed and cleaned up, never between the two.
   */
  private async store(file: SpooledFile, image: CheckedImage, metadata: FileMetadata, fields: UploadFields, viewer: Viewer) {
    const key = originalKey(file.sha256, image.extension);
    // Whether the original may be in storage: set inside the transaction, read when it failed.
    const progress = { written: false };
    try {
      const stored = await this.prisma.$transaction(
        async (tx) => {
          await lockContentHash(tx, file.sha256);
          const existing = await tx.mediaAsset.findUnique({ where: { contentHash: file.sha256 }, select: { id: true } });
          if (existing) return { id: existing.id, duplicate: true, warnings: [] };
          const { fields: drafted, creatorIds, peopleShownIds, ...draft } = await draftAsset(tx, metadata);
          const warnings: UploadWarning[] = [...draft.warnings];
          const supplierImageId = await keepSupplierImageId(tx, drafted, warnings);
          progress.written = true;
          await this.storage.putFile(key, file.path, image.mimeType);
          const asset = await tx.mediaAsset.create({
            data: {
              ...drafted,
              supplierImageId,
              altText: fields.altText ?? drafted.altText,
              url: `${this.config.media.publicUrl}/${key}`,
              mimeType: image.mimeType,
              width: image.width,
              height: image.height,
              sizeBytes: file.sizeBytes,
              contentHash: file.sha256,
              storageKey: key,
              originalFilename: file.filename,
              rawMetadata: metadata.raw as unknown as Prisma.InputJsonObject,
              renditionsStatus: 'PENDING',
            },
            select: { id: true },
          });
          await linkPeople(tx, asset.id, creatorIds, peopleShownIds);
          await recordAudit(tx, viewer, {
            action: 'mediaAsset.upload',
            objectType: 'MediaAsset',
            objectId: asset.id,
            summary: {
              contentHash: file.sha256,
              sizeBytes: file.sizeBytes,
              mimeType: image.mimeType,
              warnings: warnings.map((w) => w.code),
            },
          });
          await queueRenditions(tx, asset.id);
          return { id: asset.id, duplicate: false, warnings };
        },
        { timeout: STORE_TRANSACTION_TIMEOUT_MS },
      );
      return await this.outcome(stored.id, stored.duplicate, stored.warnings);
    } catch (error) {
      if (progress.written) await this.removeIfUnclaimed(key, file.sha256);
      if (!isContentHashTaken(error)) throw error;
      // Stored by a path that does not take the upload lock: the winner is the asset.
      const winner = await this.prisma.mediaAsset.findUnique({ where: { contentHash: file.sha256 }, select: { id: true } });
      if (!winner) throw error;
      return this.outcome(winner.id, true, []);
    }
  }

  /** The committed asset as the answer shows it, its credit as the GraphQL `credit` field gives it. */
  private async outcome(id: string, duplicate: boolean, warnings: UploadWarning[]): Promise<UploadOutcome> {
    const asset = await this.prisma.mediaAsset.findUniqueOrThrow({ where: { id }, select: uploadedAssetSelect });
    return { asset, credit: await this.registry.credit(new LoaderRegistry(), asset), duplicate, warnings };
  }

  /** Removes a stored original no asset has claimed, under the same lock as the uploads of its hash. */
  private async removeIfUnclaimed(key: string, contentHash: string): Promise<void> {
    try {
      await this.prisma.$transaction(async (tx) => {
        await lockContentHash(tx, contentHash);
        const claimed = await tx.mediaAsset.findUnique({ where: { contentHash }, select: { id: true } });
        if (!claimed) await this.storage.delete(key);
      });
    } catch (error) {
      this.logger.error(`An upload failed and its stored file ${key} could not be removed: ${(error as Error).message}`);
    }
  }
}

async function lockContentHash(tx: Tx, contentHash: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`media-upload:${contentHash}`}::text, 0))`;
}

/**
 * The supplier's image id, unless another asset already has it (the agency sent the image again
 * with other bytes, e.g. a corrected caption): the file is kept as a new asset without it, and
 * the desk is told which asset holds it.
 */
async function keepSupplierImageId(
  tx: Tx,
  draft: { supplierId: string | null; supplierImageId: string | null },
  warnings: UploadWarning[],
): Promise<string | null> {
  const { supplierId, supplierImageId } = draft;
  if (!supplierId || !supplierImageId) return supplierImageId;
  const holder = await tx.mediaAsset.findUnique({
    where: { supplierId_supplierImageId: { supplierId, supplierImageId } },
    select: { id: true },
  });
  if (!holder) return supplierImageId;
  warnings.push({
    code: 'SUPPLIER_IMAGE_ID_TAKEN',
    field: 'supplierImageId',
    message: `The supplier's image ${supplierImageId} is already the asset ${toGlobalId('MediaAsset', holder.id)}: this file is a new asset without the image id`,
  });
  return null;
}

async function linkPeople(tx: Tx, assetId: string, creatorIds: readonly string[], peopleShownIds: readonly string[]): Promise<void> {
  if (creatorIds.length) {
    await tx.mediaCreator.createMany({ data: creatorIds.map((photographerId, position) => ({ assetId, photographerId, position })) });
  }
  if (peopleShownIds.length) {
    await tx.mediaPersonShown.createMany({ data: peopleShownIds.map((personId, position) => ({ assetId, personId, position })) });
  }
}

function isContentHashTaken(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return false;
  return JSON.stringify(error.meta ?? {}).includes('contentHash');
}
