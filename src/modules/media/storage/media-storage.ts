import type { Readable } from 'node:stream';

/** A stored object's size and type, as the storage reports them. */
export interface StoredObject {
  sizeBytes: number;
  contentType: string;
}

/**
 * Where media files live: originals under their content hash and renditions beside them.
 * Keys are relative paths with "/" separators ("ab/abcdef…/original.jpg"); an implementation
 * never sees a key from a client that was not made by the media feature itself.
 */
export abstract class MediaStorage {
  /** Stores the file at `path` (a finished upload spooled to local disk) under `key`, streaming it. */
  abstract putFile(key: string, path: string, contentType: string): Promise<void>;

  /** Stores a small buffer (a rendition) under `key`. */
  abstract putBuffer(key: string, body: Buffer, contentType: string): Promise<void>;

  /** A stream of the object, or null when there is none. */
  abstract read(key: string): Promise<{ body: Readable; object: StoredObject } | null>;

  /**
   * The object as a file on this machine's disk, for a process that opens it itself (the image
   * worker), so that its bytes never sit in the server's memory: local storage names its own
   * file; remote storage streams a copy into `folder`, which the caller removes. Null when there
   * is no such object.
   */
  abstract localFile(key: string, folder: string): Promise<string | null>;

  /** Removes the object; nothing happens when there is none. */
  abstract delete(key: string): Promise<void>;

  /** A local folder for spooling uploads before they are stored (same disk as the store for local storage). */
  abstract spoolDirectory(): string;
}
