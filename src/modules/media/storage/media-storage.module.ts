import { Module } from '@nestjs/common';
import { isAbsolute, join } from 'node:path';
import { AppConfig } from '../../../config/app-config.js';
import { projectRoot } from '../../../database/migrations/migrator.js';
import { LocalDiskStorage } from './local-disk-storage.js';
import { MediaFilesController } from './media-files.controller.js';
import { MediaStorage } from './media-storage.js';
import { sweepSpoolInBackground } from './stale-spool.js';
import { StoredFilesRemoval } from './stored-files-removal.js';
import { JobsModule } from '../../../jobs/jobs.module.js';

/** The media folder: MEDIA_DIR, relative paths against the project root (not the working directory). */
export function mediaDirectory(config: AppConfig): string {
  const dir = config.media.dir;
  return isAbsolute(dir) ? dir : join(projectRoot(), dir);
}

/**
 * The storage MEDIA_STORAGE names: a local folder (default) or an S3-compatible bucket. The
 * S3 SDK is loaded only for S3: it adds about 24 MiB to a server that does not use it.
 */
export async function createMediaStorage(config: AppConfig): Promise<MediaStorage> {
  const { storage, s3 } = config.media;
  if (storage === 'local') return new LocalDiskStorage(mediaDirectory(config));
  const { S3Storage } = await import('./s3-storage.js');
  return new S3Storage({ ...s3, spoolDirectory: join(mediaDirectory(config), '.spool') });
}

async function provideMediaStorage(config: AppConfig): Promise<MediaStorage> {
  const storage = await createMediaStorage(config);
  sweepSpoolInBackground(storage.spoolDirectory());
  return storage;
}

/** Provides MediaStorage, the one place media files are written to and read from, serves the files and removes them a day after their rows go. */
@Module({
  imports: [JobsModule],
  controllers: [MediaFilesController],
  providers: [{ provide: MediaStorage, useFactory: provideMediaStorage, inject: [AppConfig] }, StoredFilesRemoval],
  exports: [MediaStorage],
})
export class MediaStorageModule {}
