// The blocks as read, kept with the asset (rawMetadata, jsonb): no binary, no NUL (jsonb
// refuses it), dates as ISO strings, and bounded, since a file can carry megabytes.
import { MetadataWarningCode, type JsonSafe, type MetadataWarning, type RawMetadata } from './file-metadata.types.js';
import type { MetadataSources } from './metadata-sources.js';
import { withoutControlCharacters } from './metadata-values.js';

/** The most rawMetadata takes, as JSON text. */
export const MAX_RAW_METADATA_CHARS = 256 * 1024;

interface Bounds {
  text: number;
  items: number;
}
const GENEROUS: Bounds = { text: 10_000, items: 200 };
const TIGHT: Bounds = { text: 500, items: 20 };
const MAX_DEPTH = 6;

/** IIM datasets holding binary data, not text. */
const IIM_BINARY = new Set([
  'ApplicationRecordVersion',
  'ObjectPreviewFileFormat',
  'ObjectPreviewFileVersion',
  'ObjectPreviewData',
  'RasterizedCaption',
  '0',
  '200',
  '201',
  '202',
  '125',
]);

export function rawMetadata(sources: MetadataSources, warnings: MetadataWarning[]): RawMetadata {
  const build = (bounds: Bounds): RawMetadata => ({
    iptc: sources.iim ? block(withoutKeys(sources.iim, IIM_BINARY), bounds) : null,
    xmp: sources.xmp ? block(sources.xmp.json, bounds) : null,
    exif: sources.exif ? block(sources.exif, bounds) : null,
  });
  let raw = build(GENEROUS);
  if (size(raw) <= MAX_RAW_METADATA_CHARS) return raw;
  warnings.push({
    code: MetadataWarningCode.RAW_METADATA_TRUNCATED,
    message: 'The metadata kept with the asset was cut to its size limit.',
  });
  raw = build(TIGHT);
  for (const name of ['exif', 'iptc', 'xmp'] as const) {
    if (size(raw) <= MAX_RAW_METADATA_CHARS) break;
    raw = { ...raw, [name]: raw[name] && { truncated: true } };
  }
  return raw;
}

const size = (raw: RawMetadata) => JSON.stringify(raw).length;

function withoutKeys(record: Record<string, unknown>, keys: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.has(key)));
}

function block(record: Record<string, unknown>, bounds: Bounds): Record<string, JsonSafe> {
  return jsonSafe(record, bounds, 0) as Record<string, JsonSafe>;
}

function jsonSafe(value: unknown, bounds: Bounds, depth: number): JsonSafe {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return withoutControlCharacters(value).text.slice(0, bounds.text);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (ArrayBuffer.isView(value)) return `(${value.byteLength} bytes)`;
  if (depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.slice(0, bounds.items).map((item) => jsonSafe(item, bounds, depth + 1));
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).slice(0, bounds.items * 5);
    return Object.fromEntries(entries.map(([key, item]) => [withoutControlCharacters(key).text, jsonSafe(item, bounds, depth + 1)]));
  }
  return null;
}
