import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { copyFile, mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { MediaStorage, type StoredObject } from './media-storage.js';
import { assertStorageKey, contentTypeOfKey } from './storage-key.js';

const TEMP_FOLDER = '.tmp';

/**
 * Media files in a folder: each key is a file under `root`. Every write goes to a temporary file
 * on the same disk and is renamed into place, so a reader sees the whole file or none.
 */
export class LocalDiskStorage extends MediaStorage {
  private readonly root: string;
  private readonly temp: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
    this.temp = join(this.root, TEMP_FOLDER);
    mkdirSync(this.temp, { recursive: true });
  }

  async putFile(key: string, path: string): Promise<void> {
    await this.writeAtomically(key, (temp) => copyFile(path, temp));
  }

  async putBuffer(key: string, body: Buffer): Promise<void> {
    await this.writeAtomically(key, (temp) => writeFile(temp, body));
  }

  async read(key: string): Promise<{ body: Readable; object: StoredObject } | null> {
    const path = this.pathOf(key);
    // Opened first, then measured: a file renamed over it meanwhile is still read whole.
    const handle = await open(path, 'r').catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
      throw error;
    });
    if (!handle) return null;
    const info = await handle.stat();
    if (!info.isFile()) {
      await handle.close();
      return null;
    }
    const body = handle.createReadStream();
    return { body, object: { sizeBytes: info.size, contentType: contentTypeOfKey(key) } };
  }

  /** The stored file itself: nothing is copied. */
  async localFile(key: string): Promise<string | null> {
    const path = this.pathOf(key);
    const info = await stat(path).catch(() => null);
    return info?.isFile() ? path : null;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  spoolDirectory(): string {
    return this.temp;
  }

  private async writeAtomically(key: string, write: (tempPath: string) => Promise<void>): Promise<void> {
    const target = this.pathOf(key);
    const temp = join(this.temp, `${randomUUID()}.part`);
    try {
      await write(temp);
      await mkdir(dirname(target), { recursive: true });
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    const path = resolve(this.root, ...key.split('/'));
    // The key check already refuses "..": this is the second lock on the same door.
    if (!path.startsWith(this.root + sep)) throw new Error(`Storage key escapes the media folder: ${key}`);
    return path;
  }
}
