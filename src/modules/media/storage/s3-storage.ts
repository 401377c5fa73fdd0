import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { OnModuleDestroy } from '@nestjs/common';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MediaStorage, type StoredObject } from './media-storage.js';
import { assertStorageKey, contentTypeOfKey } from './storage-key.js';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible server; null for AWS S3. */
  endpoint: string | null;
  /** Null: the SDK's default credential chain (environment, profile, instance role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  forcePathStyle: boolean;
  /** A local folder for uploads in progress. */
  spoolDirectory: string;
}

/**
 * Media files in an S3-compatible bucket. A PUT is atomic on S3, so a reader sees an object
 * whole or not at all; files stream from the spool in parts, never read whole into memory.
 */
export class S3Storage extends MediaStorage implements OnModuleDestroy {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly spool: string;

  constructor(options: S3StorageOptions) {
    super();
    this.bucket = options.bucket;
    this.spool = resolve(options.spoolDirectory);
    mkdirSync(this.spool, { recursive: true });
    this.client = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      forcePathStyle: options.forcePathStyle,
      // Checksums only where S3 requires them: many S3-compatible servers refuse the newer default trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async putFile(key: string, path: string, contentType: string): Promise<void> {
    assertStorageKey(key);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: createReadStream(path), ContentType: contentType },
      // Parts of 8 MiB, two at a time: at most ~16 MiB of a file in memory per upload.
      partSize: 8 * 1024 * 1024,
      queueSize: 2,
    });
    await upload.done();
  }

  async putBuffer(key: string, body: Buffer, contentType: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
  }

  async read(key: string): Promise<{ body: Readable; object: StoredObject } | null> {
    assertStorageKey(key);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const object = { sizeBytes: answer.ContentLength ?? 0, contentType: answer.ContentType ?? contentTypeOfKey(key) };
      return { body: answer.Body as Readable, object };
    } catch (error) {
      if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    // S3 answers a delete of a missing key with success.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Objects live in the bucket: a copy is streamed into `folder`. */
  async localFile(key: string, folder: string): Promise<string | null> {
    const stored = await this.read(key);
    if (!stored) return null;
    const copy = join(folder, basename(key));
    await pipeline(stored.body, createWriteStream(copy));
    return copy;
  }

  spoolDirectory(): string {
    return this.spool;
  }

  onModuleDestroy(): void {
    this.client.destroy();
  }
}
