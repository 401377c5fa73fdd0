// The metadata blocks of an image file: IPTC IIM (decoded text), the XMP packet and EXIF.
// JPEG, PNG and WebP: container-chunks reads the metadata blocks and exifr parses them from
// memory. Other formats (TIFF, HEIC, AVIF): exifr reads the path in chunks, never the whole file.
import { open, type FileHandle } from 'node:fs/promises';
import type { Exifr } from 'exifr';
import { containerOf, readJpegMetadataSegments, readPngMetadata, readWebpMetadata, type ContainerMetadata } from './container-chunks.js';
import { MetadataWarningCode, type MetadataWarning } from './file-metadata.types.js';
import { decodeIimText } from './metadata-values.js';
import { readXmpPacket, type XmpPacket } from './xmp-packet.js';

// Loaded at the first upload, not at start: a server that never takes a file never carries the parser (about 12 MiB).
interface ExifrApi {
  parse(input: Buffer | string, options: object): Promise<unknown>;
  Exifr: typeof Exifr;
}
let exifrModule: Promise<ExifrApi> | undefined;
const loadExifr = () =>
  (exifrModule ??= import('exifr').then(
    (loaded) => (loaded as unknown as { default?: ExifrApi }).default ?? (loaded as unknown as ExifrApi),
  ));

export type IimRecord = Record<string, string | string[]>;
export type ExifTags = Record<string, unknown>;

export interface MetadataSources {
  iim: IimRecord | null;
  xmp: XmpPacket | null;
  exif: ExifTags | null;
}

const EXIF_BLOCKS = { exif: true, gps: false, interop: false, ifd1: false, makerNote: false, userComment: false } as const;
const VALUES_AS_WRITTEN = { translateValues: false, reviveValues: false, sanitize: true, mergeOutput: false } as const;

const SEGMENT_OPTIONS = {
  ...EXIF_BLOCKS,
  ...VALUES_AS_WRITTEN,
  tiff: true,
  iptc: true,
  // Unparsed: xmp-packet reads it. multiSegment off: exifr would read the whole file to find Extended XMP.
  xmp: { parse: false, multiSegment: false },
  icc: false,
  jfif: false,
  ihdr: false,
};
const PATH_OPTIONS = { ...SEGMENT_OPTIONS, firstChunkSize: 64 * 1024, chunkSize: 64 * 1024, chunkLimit: 32 };

const EXIF_ONLY_OPTIONS = { ...EXIF_BLOCKS, ...VALUES_AS_WRITTEN, tiff: true };

interface ExifrOutput {
  iptc?: Record<string, unknown>;
  xmp?: unknown;
  ifd0?: ExifTags;
  exif?: ExifTags;
}

/** Never throws for what the file holds; what cannot be read becomes a warning. */
export async function readMetadataSources(path: string, warnings: MetadataWarning[]): Promise<MetadataSources> {
  const unreadable = (error: unknown): MetadataSources => {
    warnings.push({ code: MetadataWarningCode.METADATA_UNREADABLE, message: `The file's metadata could not be read: ${messageOf(error)}` });
    return { iim: null, xmp: null, exif: null };
  };
  // A file that cannot be opened is the caller's fault and rejects; what it holds never does.
  const file = await open(path, 'r');
  let output: ExifrOutput;
  try {
    output = await readBlocks(file, path, warnings);
  } catch (error) {
    return unreadable(error);
  } finally {
    await file.close();
  }
  return { iim: iimRecord(output.iptc), xmp: xmpPacket(output.xmp, warnings), exif: exifTags(output) };
}

async function readBlocks(file: FileHandle, path: string, warnings: MetadataWarning[]): Promise<ExifrOutput> {
  const head = Buffer.alloc(16);
  await file.read(head, 0, 16, 0);
  const { size } = await file.stat();
  const parse = async (input: Buffer | string, options: object) =>
    ((await (await loadExifr()).parse(input, options)) as ExifrOutput | undefined) ?? {};
  const fromChunks = async (chunks: ContainerMetadata): Promise<ExifrOutput> => {
    for (const chunk of chunks.oversized) warnings.push(tooLarge(chunk));
    return { ...(chunks.exif ? await parse(chunks.exif, EXIF_ONLY_OPTIONS) : {}), xmp: chunks.xmp ?? undefined };
  };
  switch (containerOf(head)) {
    case 'jpeg':
      return parse(await readJpegMetadataSegments(file, size), SEGMENT_OPTIONS);
    case 'png':
      return fromChunks(await readPngMetadata(file, size));
    case 'webp':
      return fromChunks(await readWebpMetadata(file, size));
    case 'other':
      return parsePath(path);
  }
}

/** exifr reading the file itself; its file handle is closed here even when it fails on the file. */
async function parsePath(path: string): Promise<ExifrOutput> {
  const { Exifr: ExifrReader } = await loadExifr();
  const reader = new ExifrReader(PATH_OPTIONS);
  try {
    await reader.read(path);
    return ((await reader.parse()) as ExifrOutput | undefined) ?? {};
  } finally {
    await (reader as unknown as { file?: { close?: () => unknown } }).file?.close?.();
  }
}

function iimRecord(iptc: Record<string, unknown> | undefined): IimRecord | null {
  if (!iptc) return null;
  const record: IimRecord = {};
  for (const [key, value] of Object.entries(iptc)) {
    if (typeof value === 'string') record[key] = decodeIimText(value);
    else if (Array.isArray(value)) record[key] = value.filter((v): v is string => typeof v === 'string').map(decodeIimText);
  }
  return Object.keys(record).length ? record : null;
}

function xmpPacket(xmp: unknown, warnings: MetadataWarning[]): XmpPacket | null {
  const text = typeof xmp === 'string' ? xmp : Buffer.isBuffer(xmp) || xmp instanceof Uint8Array ? Buffer.from(xmp).toString('utf8') : null;
  if (!text) return null;
  try {
    return readXmpPacket(text);
  } catch (error) {
    warnings.push({
      code: MetadataWarningCode.XMP_MALFORMED,
      message: `The file's XMP is not well-formed and was not read: ${messageOf(error)}`,
    });
    return null;
  }
}

function exifTags(output: ExifrOutput): ExifTags | null {
  const tags = { ...output.ifd0, ...output.exif };
  return Object.keys(tags).length ? tags : null;
}

const tooLarge = (chunk: string): MetadataWarning => ({
  code: MetadataWarningCode.METADATA_TOO_LARGE,
  message: `The ${chunk} block is larger than metadata ever is and was skipped.`,
});

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
