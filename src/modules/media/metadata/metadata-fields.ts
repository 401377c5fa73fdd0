// Which block fills which field. XMP wins over IIM, IIM over EXIF, field by field: IPTC's
// guidance for readers, since XMP is the current standard and can hold any character.
import {
  emptyMetadataFields,
  MetadataWarningCode,
  type MetadataField,
  type MetadataFields,
  type MetadataWarning,
} from './file-metadata.types.js';
import type { ExifTags, IimRecord, MetadataSources } from './metadata-sources.js';
import { isHttpUrl, parseExifDate, parseIimDate, parseXmpDate, toCountryIso2, withoutControlCharacters } from './metadata-values.js';
import { xmpKey, XmpNs, xmpStruct, xmpText, xmpTexts, type XmpProperties } from './xmp-packet.js';

type TextField = Exclude<MetadataField, 'creatorNames' | 'personShownNames' | 'dateCreated'>;
type ListField = 'creatorNames' | 'personShownNames';

/** The longest value each field takes: the limits of the asset's GraphQL input. */
export const FIELD_MAX_LENGTH: Readonly<Record<TextField, number>> = {
  caption: 5000,
  headline: 500,
  captionWriter: 200,
  altText: 1000,
  creditLine: 500,
  copyrightNotice: 500,
  source: 200,
  instructions: 2000,
  usageTerms: 5000,
  webStatement: 2000,
  licensorUrl: 2000,
  city: 200,
  countryIso2: 2,
  eventName: 500,
  supplierImageId: 200,
};
export const NAME_MAX_LENGTH = 200;
export const LIST_MAX_ITEMS: Readonly<Record<ListField, number>> = { creatorNames: 10, personShownNames: 50 };

const { dc, photoshop, xmpRights, Iptc4xmpCore: core, Iptc4xmpExt: ext, plus } = XmpNs;

export function metadataFields(sources: MetadataSources, warnings: MetadataWarning[]): MetadataFields {
  const xmp: XmpProperties = sources.xmp?.properties ?? new Map<string, never>();
  const iim = sources.iim ?? {};
  const exif = sources.exif ?? {};
  const x = (ns: string, name: string) => xmpText(xmp.get(xmpKey(ns, name)));
  const locationCreated = xmpStruct(xmp.get(xmpKey(ext, 'LocationCreated')));
  const inLocation = (name: string) => (locationCreated ? xmpText(locationCreated.get(xmpKey(ext, name))) : null);
  const licensor = xmpStruct(xmp.get(xmpKey(plus, 'Licensor')));

  const text = (field: TextField, ...candidates: (string | null | undefined)[]) => cleanText(field, first(candidates), warnings);
  const fields: MetadataFields = {
    ...emptyMetadataFields(),
    caption: text('caption', x(dc, 'description'), iimText(iim, 'Caption')),
    headline: text('headline', x(photoshop, 'Headline'), iimText(iim, 'Headline')),
    captionWriter: text('captionWriter', x(photoshop, 'CaptionWriter'), iimText(iim, 'Writer')),
    altText: text('altText', x(core, 'AltTextAccessibility')),
    creditLine: text('creditLine', x(photoshop, 'Credit'), iimText(iim, 'Credit')),
    copyrightNotice: text('copyrightNotice', x(dc, 'rights'), iimText(iim, 'CopyrightNotice'), exifCopyright(exif)),
    source: text('source', x(photoshop, 'Source'), iimText(iim, 'Source')),
    instructions: text('instructions', x(photoshop, 'Instructions'), iimText(iim, 'SpecialInstructions')),
    usageTerms: text('usageTerms', x(xmpRights, 'UsageTerms')),
    webStatement: url('webStatement', text('webStatement', x(xmpRights, 'WebStatement')), warnings),
    licensorUrl: url('licensorUrl', text('licensorUrl', licensor ? xmpText(licensor.get(xmpKey(plus, 'LicensorURL'))) : null), warnings),
    city: text('city', inLocation('City'), x(photoshop, 'City'), iimText(iim, 'City')),
    eventName: text('eventName', x(ext, 'Event')),
    supplierImageId: text('supplierImageId', x(plus, 'ImageSupplierImageID')),
    creatorNames: names('creatorNames', [xmpTexts(xmp.get(xmpKey(dc, 'creator'))), iimTexts(iim, 'Byline'), exifArtists(exif)], warnings),
    personShownNames: names('personShownNames', [xmpTexts(xmp.get(xmpKey(ext, 'PersonInImage')))], warnings),
  };
  const countryCode = cleanText(
    'countryIso2',
    first([inLocation('CountryCode'), x(core, 'CountryCode'), iimText(iim, 'CountryCode')]),
    warnings,
    false,
  );
  fields.countryIso2 = countryCode === null ? null : toCountryIso2(countryCode);
  if (countryCode !== null && fields.countryIso2 === null) {
    warnings.push({
      code: MetadataWarningCode.COUNTRY_CODE_INVALID,
      field: 'countryIso2',
      message: `"${countryCode}" is not an ISO 3166 country code; the country was left empty.`,
    });
  }
  fields.dateCreated = dateCreated(xmp, iim, exif, warnings);
  return fields;
}

const first = (candidates: (string | null | undefined)[]) =>
  candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '') ?? null;

function cleanText(field: TextField, value: string | null, warnings: MetadataWarning[], truncate = true): string | null {
  if (value === null) return null;
  const { text, removed } = withoutControlCharacters(value);
  if (removed)
    warnings.push({
      code: MetadataWarningCode.CONTROL_CHARACTERS_REMOVED,
      field,
      message: `Control characters were removed from ${field}.`,
    });
  const trimmed = text.trim();
  if (!trimmed) return null;
  const max = FIELD_MAX_LENGTH[field];
  if (!truncate || trimmed.length <= max) return trimmed;
  warnings.push({ code: MetadataWarningCode.VALUE_TRUNCATED, field, message: `${field} was cut to its first ${max} characters.` });
  return trimmed.slice(0, max).trimEnd();
}

function url(field: 'webStatement' | 'licensorUrl', value: string | null, warnings: MetadataWarning[]): string | null {
  if (value === null || isHttpUrl(value)) return value;
  warnings.push({
    code: MetadataWarningCode.URL_INVALID,
    field,
    message: `${field} "${value.slice(0, 100)}" is not an http(s) address; it was left empty.`,
  });
  return null;
}

/** The first block that has any names gives them all; blank and repeated names are dropped. */
function names(field: ListField, perBlock: string[][], warnings: MetadataWarning[]): string[] {
  const seen = new Set<string>();
  const list: string[] = [];
  for (const raw of perBlock.find((block) => block.some((n) => n.trim())) ?? []) {
    const { text } = withoutControlCharacters(raw);
    const name = text.trim().slice(0, NAME_MAX_LENGTH);
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    list.push(name);
  }
  const max = LIST_MAX_ITEMS[field];
  if (list.length <= max) return list;
  warnings.push({
    code: MetadataWarningCode.TOO_MANY_VALUES,
    field,
    message: `The file names ${list.length} for ${field}; the first ${max} were kept.`,
  });
  return list.slice(0, max);
}

const iimTexts = (iim: IimRecord, key: string): string[] => {
  if (!Object.hasOwn(iim, key)) return [];
  const value = iim[key];
  return Array.isArray(value) ? value : [value];
};
const iimText = (iim: IimRecord, key: string): string | null => iimTexts(iim, key)[0] ?? null;
const exifString = (exif: ExifTags, key: string) => (typeof exif[key] === 'string' ? exif[key] : null);
// EXIF Copyright may hold "photographer\0editor"; Artist separates several names with ";".
const exifCopyright = (exif: ExifTags) => exifString(exif, 'Copyright')?.split('\0')[0] ?? null;
const exifArtists = (exif: ExifTags) => exifString(exif, 'Artist')?.split(';') ?? [];

function dateCreated(xmp: XmpProperties, iim: IimRecord, exif: ExifTags, warnings: MetadataWarning[]): Date | null {
  const candidates: [string, () => Date | null][] = [];
  const xmpDate = xmpText(xmp.get(xmpKey(photoshop, 'DateCreated')))?.trim();
  if (xmpDate) candidates.push([xmpDate, () => parseXmpDate(xmpDate)]);
  const iimDate = iimText(iim, 'DateCreated')?.trim();
  if (iimDate) candidates.push([iimDate, () => parseIimDate(iimDate, iimText(iim, 'TimeCreated'))]);
  const exifDate = exifString(exif, 'DateTimeOriginal')?.trim();
  if (exifDate) candidates.push([exifDate, () => parseExifDate(exifDate, exifString(exif, 'OffsetTimeOriginal'))]);
  // The first date that parses; each one before it that does not is reported.
  for (const [written, parse] of candidates) {
    const date = parse();
    if (date) return date;
    warnings.push({
      code: MetadataWarningCode.DATE_INVALID,
      field: 'dateCreated',
      message: `"${written.slice(0, 50)}" is not a date and was not used.`,
    });
  }
  return null;
}
