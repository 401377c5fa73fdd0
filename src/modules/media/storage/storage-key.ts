/**
 * The shapes of storage keys the media feature makes, and the only ones a stored file is served
 * under: lower-case path segments of letters, digits, "-", "_" and inner dots, 2 to 6 deep,
 * ending in an image extension. Originals are `originals/<first two hex of the hash>/<sha256>.<ext>`.
 */
const SEGMENT = /^[a-z0-9](?:[a-z0-9_-]|\.(?!\.))*$/;
const MAX_KEY_LENGTH = 300;

export const MEDIA_CONTENT_TYPES = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  heic: 'image/heic',
} as const;

export type MediaExtension = keyof typeof MEDIA_CONTENT_TYPES;

const extensionOf = (key: string): string => key.slice(key.lastIndexOf('.') + 1);

/** Whether `key` has a shape the media feature makes (no "..", no absolute path, a known extension). */
export function isStorageKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  const segments = key.split('/');
  return (
    segments.length >= 2 &&
    segments.length <= 6 &&
    segments.every((segment) => SEGMENT.test(segment)) &&
    Object.hasOwn(MEDIA_CONTENT_TYPES, extensionOf(segments[segments.length - 1]))
  );
}

/** Throws when a key is not one the media feature makes: a programming error, never a client's. */
export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new Error(`Not a media storage key: ${JSON.stringify(key)}`);
}

/** The key of an original: content-addressed, so the same bytes always land on the same key. */
export function originalKey(sha256Hex: string, extension: MediaExtension): string {
  if (!/^[0-9a-f]{64}$/.test(sha256Hex)) throw new Error('originalKey needs a lower-case hex SHA-256');
  return `originals/${sha256Hex.slice(0, 2)}/${sha256Hex}.${extension}`;
}

/** The content type a key's extension stands for. */
export function contentTypeOfKey(key: string): string {
  const extension = extensionOf(key);
  return Object.hasOwn(MEDIA_CONTENT_TYPES, extension) ? MEDIA_CONTENT_TYPES[extension as MediaExtension] : 'application/octet-stream';
}
