// The metadata of JPEG, PNG and WebP files, read segment by segment with positioned reads:
// only the headers and the metadata blocks are read, never the image data. exifr reads no
// WebP, in PNG it finds only chunks inside the first block it reads, and a file it fails on
// may keep its file handle open; so it is handed the metadata bytes, not the path.
import type { FileHandle } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';

export type ImageContainer = 'jpeg' | 'png' | 'webp' | 'other';

export interface ContainerMetadata {
  xmp: string | null;
  /** A TIFF structure (EXIF), without any "Exif\0\0" prefix. */
  exif: Buffer | null;
  /** Metadata chunks skipped for their size. */
  oversized: string[];
}

/** Larger metadata chunks are skipped: no photo's XMP or EXIF comes near. */
export const MAX_METADATA_CHUNK_BYTES = 4 * 1024 * 1024;
const MAX_CHUNKS = 200_000;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_XMP_KEYWORD = 'XML:com.adobe.xmp';

export function containerOf(head: Buffer): ImageContainer {
  if (head[0] === 0xff && head[1] === 0xd8) return 'jpeg';
  if (head.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return 'other';
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

const JPEG_KEPT_SEGMENTS = new Set([0xe1, 0xed]); // APP1 (EXIF, XMP), APP13 (Photoshop IRB with IIM)
const MAX_JPEG_KEPT_BYTES = 4 * 1024 * 1024;

/**
 * The APP1 and APP13 segments of a JPEG, as a JPEG of their own (SOI, segments, EOI) that
 * exifr parses from memory. The walk stops at the image data (SOS): metadata comes before.
 */
export async function readJpegMetadataSegments(file: FileHandle, size: number): Promise<Buffer> {
  const kept: Buffer[] = [Buffer.from([0xff, 0xd8])];
  let keptBytes = 0;
  let position = 2;
  for (let count = 0; count < MAX_CHUNKS && position + 4 <= size; count++) {
    const header = await readAt(file, position, 4);
    if (header.length < 4 || header[0] !== 0xff) break;
    const marker = header[1];
    if (marker === 0xff) {
      position += 1; // fill byte
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break; // image data, or the end
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      position += 2; // markers without a length
      continue;
    }
    const length = header.readUInt16BE(2);
    if (length < 2) break;
    if (JPEG_KEPT_SEGMENTS.has(marker) && keptBytes + length <= MAX_JPEG_KEPT_BYTES) {
      const segment = await readAt(file, position, length + 2);
      kept.push(segment);
      keptBytes += segment.length;
    }
    position += 2 + length;
  }
  kept.push(Buffer.from([0xff, 0xd9]));
  return Buffer.concat(kept);
}

export async function readPngMetadata(file: FileHandle, size: number): Promise<ContainerMetadata> {
  const found: ContainerMetadata = { xmp: null, exif: null, oversized: [] };
  let position = PNG_SIGNATURE.length;
  for (let count = 0; count < MAX_CHUNKS && position + 8 <= size; count++) {
    const header = await readAt(file, position, 8);
    if (header.length < 8) break;
    const length = header.readUInt32BE(0);
    const type = header.toString('latin1', 4, 8);
    const dataAt = position + 8;
    if (type === 'IEND') break;
    if (type === 'iTXt' || type === 'eXIf') {
      if (length > MAX_METADATA_CHUNK_BYTES) found.oversized.push(`PNG ${type}`);
      else {
        const data = await readAt(file, dataAt, length);
        if (type === 'eXIf') found.exif ??= data;
        else found.xmp ??= pngXmp(data);
      }
    }
    position = dataAt + length + 4; // + CRC
  }
  return found;
}

/** iTXt: keyword\0 compressed(1) method(1) language\0 translated keyword\0 text. */
function pngXmp(data: Buffer): string | null {
  const keywordEnd = data.indexOf(0);
  if (data.toString('latin1', 0, keywordEnd) !== PNG_XMP_KEYWORD) return null;
  const compressed = data[keywordEnd + 1] === 1;
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd === -1 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd === -1) return null;
  const text = data.subarray(translatedEnd + 1);
  return (compressed ? inflateSync(text, { maxOutputLength: MAX_METADATA_CHUNK_BYTES }) : text).toString('utf8');
}

export async function readWebpMetadata(file: FileHandle, size: number): Promise<ContainerMetadata> {
  const found: ContainerMetadata = { xmp: null, exif: null, oversized: [] };
  let position = 12; // "RIFF" size "WEBP"
  for (let count = 0; count < MAX_CHUNKS && position + 8 <= size; count++) {
    const header = await readAt(file, position, 8);
    if (header.length < 8) break;
    const fourcc = header.toString('latin1', 0, 4);
    const length = header.readUInt32LE(4);
    const dataAt = position + 8;
    if (fourcc === 'XMP ' || fourcc === 'EXIF') {
      if (length > MAX_METADATA_CHUNK_BYTES) found.oversized.push(`WebP ${fourcc.trim()}`);
      else {
        const data = await readAt(file, dataAt, length);
        if (fourcc === 'EXIF') found.exif ??= withoutExifPrefix(data);
        else found.xmp ??= data.toString('utf8');
      }
    }
    position = dataAt + length + (length % 2); // chunks are padded to an even size
  }
  return found;
}

function withoutExifPrefix(data: Buffer): Buffer {
  return data.toString('latin1', 0, 6) === 'Exif\0\0' ? data.subarray(6) : data;
}
