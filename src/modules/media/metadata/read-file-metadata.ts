import type { FileMetadata, MetadataWarning } from './file-metadata.types.js';
import { metadataFields } from './metadata-fields.js';
import { readMetadataSources } from './metadata-sources.js';
import { rawMetadata } from './raw-metadata.js';

/**
 * The IPTC photo metadata of an image file (JPEG, PNG, WebP, TIFF, HEIC/AVIF): IPTC IIM, XMP
 * and EXIF. Reads only the metadata, not the image data. A file without metadata gives empty
 * fields; metadata that cannot be read gives warnings, never an error. Only a file that
 * cannot be opened at all rejects.
 */
export async function readFileMetadata(path: string): Promise<FileMetadata> {
  const warnings: MetadataWarning[] = [];
  const sources = await readMetadataSources(path, warnings);
  const fields = metadataFields(sources, warnings);
  return { fields, raw: rawMetadata(sources, warnings), warnings };
}
