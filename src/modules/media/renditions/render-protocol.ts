import type { FocalPoint } from './rendition-geometry.js';
import type { EmbeddedMetadata } from './rendition-metadata.js';

/** The encodings renditions are written in, with their file extension and media type. */
export const FILE_FORMATS = {
  jpeg: { extension: 'jpg', contentType: 'image/jpeg' },
  webp: { extension: 'webp', contentType: 'image/webp' },
} as const;

export type FileFormat = keyof typeof FILE_FORMATS;

/** What a render is asked. */
export interface RenderRequest {
  /** The original on local disk, read by the worker itself: none of its bytes pass through the server. */
  originalPath: string;
  focal: FocalPoint | null;
  metadata: EmbeddedMetadata;
  /** An empty local folder the worker writes the files into; the caller stores them and removes it. */
  outputDirectory: string;
}

/** One encoded file, written by the worker: only its path crosses the process boundary, never its bytes. */
export interface RenderedFile {
  name: string;
  format: FileFormat;
  width: number;
  height: number;
  sizeBytes: number;
  path: string;
}

/** A render's one answer: the files, or why there are none. */
export type RenderReply =
  | { ok: true; files: RenderedFile[] }
  /** `undecodable`: the original itself is at fault (corrupt, truncated, not an image), so trying again cannot help. */
  | { ok: false; undecodable: boolean; message: string };

/** The original cannot be rendered, and trying again cannot help: corrupt, truncated, not an image, or missing. */
export class UndecodableOriginalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UndecodableOriginalError';
  }
}
