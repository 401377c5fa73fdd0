import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { recordAudit } from '../../../audit/audit-log.js';
import { removeStoredFilesLater } from '../storage/stored-files-removal.js';
import { systemViewer } from '../../../auth/viewer.js';
import { PrismaService } from '../../../database/prisma.service.js';
import { LoaderRegistry } from '../../../graphql/loader-registry.js';
import { JobQueue, type JobContext } from '../../../jobs/job-queue.js';
import { RegistryLoaders } from '../registry/registry.loaders.js';
import { MediaStorage } from '../storage/media-storage.js';
import { FILE_FORMATS, type RenderedFile, UndecodableOriginalError } from './render-protocol.js';
import { focalPointOf } from './focal-point.js';
import { focalKey } from './rendition-geometry.js';
import { embeddedMetadata, type EmbeddedRights } from './rendition-metadata.js';
import { RENDITIONS_TASK } from '../rendition-requests.js';
import { RenditionsRenderer } from './renditions-renderer.js';
import { type AssetToRender, type NewRendition, RenditionsRepository, type RenderedState } from './renditions.repository.js';

const RENDERER = systemViewer('renditions');
// Renditions stored at once: enough to overlap the storage's round trips, few enough to spare its connections.
const PARALLEL_PUTS = 4;

const present = (text: string | null | undefined): text is string => !!text && text.trim() !== '';

/**
 * Makes an asset's renditions when its job fires. A job reads the asset, renders in the image
 * worker, stores the files under keys no other render uses, then swaps the asset's
 * renditions in one transaction, but only if the asset is still as it was read: a focal point
 * moved meanwhile has queued a newer job, whose renditions win. The replaced files are removed
 * a day after the commit. A file that cannot be decoded fails for good (FAILED with the reason);
 * storage and process faults throw, so the queue tries again, and the last try records FAILED.
 */
@Injectable()
export class RenditionsTask implements OnModuleInit {
  private readonly logger = new Logger(RenditionsTask.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly prisma: PrismaService,
    private readonly repository: RenditionsRepository,
    private readonly storage: MediaStorage,
    private readonly renderer: RenditionsRenderer,
    private readonly registry: RegistryLoaders,
  ) {}

  onModuleInit(): void {
    this.queue.register(RENDITIONS_TASK, (payload, context) => this.run(payload as { assetId: string }, context));
  }

  async run({ assetId }: { assetId: string }, context: JobContext): Promise<void> {
    const asset = await this.repository.findAssetToRender(assetId);
    if (!asset?.storageKey) return; // deleted meanwhile, or registered by URL: nothing of ours to render
    try {
      await this.render(asset, asset.storageKey, context.signal);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof UndecodableOriginalError) return this.fail(asset, reason);
      if (context.attempt >= context.maxAttempts) return this.fail(asset, `No renditions after ${context.attempt} attempts: ${reason}`);
      throw error;
    }
  }

  private async render(asset: AssetToRender, storageKey: string, signal: AbortSignal): Promise<void> {
    const metadata = embeddedMetadata(await this.rights(asset));
    const focal = focalPointOf(asset);
    // The worker reads the original and writes the files on local disk, and storage streams them from there: they never sit in the server's memory.
    const workDirectory = await mkdtemp(join(this.storage.spoolDirectory(), 'render-'));
    let renditions: NewRendition[];
    try {
      const originalPath = await this.storage.localFile(storageKey, workDirectory);
      if (!originalPath) throw new UndecodableOriginalError('The original file is not in media storage');
      const outputDirectory = join(workDirectory, 'renditions');
      await mkdir(outputDirectory);
      const files = await this.renderer.render({ originalPath, focal, metadata, outputDirectory }, signal);
      // Keys of this render only: a later render never overwrites a file a cached page may still name.
      const folder = `renditions/${(asset.contentHash ?? asset.id).toLowerCase()}/${focalKey(focal)}-${randomBytes(4).toString('hex')}`;
      const outputs = files.map((file) => ({ file, rendition: toRendition(folder, file) }));
      await this.store(outputs);
      renditions = outputs.map((o) => o.rendition);
    } finally {
      await rm(workDirectory, { recursive: true, force: true });
    }
    const committed = await this.commit(asset, renditions);
    // Superseded by a newer focal point: no page ever named these files.
    if (!committed) await this.deleteQuietly(renditions.map((r) => r.storageKey));
  }

  private async store(outputs: { file: RenderedFile; rendition: NewRendition }[]): Promise<void> {
    const stored: string[] = [];
    const put = async ({ file, rendition }: (typeof outputs)[number]) => {
      await this.storage.putFile(rendition.storageKey, file.path, FILE_FORMATS[file.format].contentType);
      stored.push(rendition.storageKey);
    };
    for (let i = 0; i < outputs.length; i += PARALLEL_PUTS) {
      // Settled, not raced: every put of the batch has ended before the stored ones are removed.
      const failed = (await Promise.allSettled(outputs.slice(i, i + PARALLEL_PUTS).map(put))).find((r) => r.status === 'rejected');
      if (failed) {
        await this.deleteQuietly(stored);
        throw failed.reason;
      }
    }
  }

  /**
   * False when the asset changed meanwhile and these renditions are not its own. The replaced
   * files stay a day (stored pages naming them are rebuilt meanwhile: the audit entry marks them).
   */
  private commit(asset: RenderedState, renditions: NewRendition[]): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      if (!(await this.repository.lockIfUnchanged(tx, asset))) return false;
      await removeStoredFilesLater(tx, await this.repository.replaceRenditions(tx, asset.id, renditions));
      await recordAudit(tx, RENDERER, {
        action: 'mediaAsset.renditionsReady',
        objectType: 'MediaAsset',
        objectId: asset.id,
        summary: { renditions: renditions.length, focalX: asset.focalX, focalY: asset.focalY },
      });
      return true;
    });
  }

  private async fail(asset: RenderedState, reason: string): Promise<void> {
    this.logger.warn(`Renditions of media asset ${asset.id} failed: ${reason}`);
    await this.prisma.$transaction(async (tx) => {
      if (!(await this.repository.lockIfUnchanged(tx, asset))) return;
      await this.repository.markFailed(tx, asset.id, reason);
      await recordAudit(tx, RENDERER, {
        action: 'mediaAsset.renditionsFailed',
        objectType: 'MediaAsset',
        objectId: asset.id,
        summary: { reason },
      });
    });
  }

  /** The credit, copyright and creators to embed, as the asset's fields and the registry give them now. */
  private async rights(asset: AssetToRender): Promise<EmbeddedRights> {
    const loaders = new LoaderRegistry();
    const [credit, creators, supplier] = await Promise.all([
      this.registry.credit(loaders, asset),
      this.registry.creatorsByAsset(loaders).load(asset.id),
      asset.supplierId ? this.registry.agencyById(loaders).load(asset.supplierId) : null,
    ]);
    return {
      credit,
      copyrightNotice: present(asset.copyrightNotice) ? asset.copyrightNotice : (supplier?.defaultCopyright ?? null),
      creators: creators.length ? creators.map((c) => c.name) : asset.creatorNames,
      webStatement: asset.webStatement,
      licensorUrl: present(asset.licensorUrl) ? asset.licensorUrl : (supplier?.licensorUrl ?? null),
    };
  }

  /** Leftover files cost storage, not correctness: a failed delete is logged, not retried. */
  private async deleteQuietly(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      await this.storage.delete(key).catch((error: unknown) => {
        this.logger.warn(`Could not delete ${key}: ${String(error)}`);
      });
    }
  }
}

function toRendition(folder: string, file: RenderedFile): NewRendition {
  return {
    name: file.name,
    format: file.format,
    width: file.width,
    height: file.height,
    sizeBytes: file.sizeBytes,
    storageKey: `${folder}/${file.name}.${FILE_FORMATS[file.format].extension}`,
  };
}
