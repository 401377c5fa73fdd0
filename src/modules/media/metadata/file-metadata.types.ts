/** The IPTC photo metadata of a file, as the asset's columns take it. Text is trimmed; absent is null. */
export interface MetadataFields {
  caption: string | null;
  headline: string | null;
  captionWriter: string | null;
  altText: string | null;
  /** Verbatim, in the file's order. */
  creatorNames: string[];
  creditLine: string | null;
  copyrightNotice: string | null;
  source: string | null;
  instructions: string | null;
  usageTerms: string | null;
  webStatement: string | null;
  licensorUrl: string | null;
  dateCreated: Date | null;
  city: string | null;
  /** ISO 3166-1 alpha-2, upper case. */
  countryIso2: string | null;
  /** Verbatim, in the file's order. */
  personShownNames: string[];
  eventName: string | null;
  supplierImageId: string | null;
}

export type MetadataField = keyof MetadataFields;

/** A JSON value safe for a jsonb column: no binary, no NUL characters, dates as ISO strings. */
export type JsonSafe = string | number | boolean | null | JsonSafe[] | { [key: string]: JsonSafe };

/** Every block read from the file, JSON-safe and bounded in size; null when the file has none. */
export interface RawMetadata {
  iptc: Record<string, JsonSafe> | null;
  xmp: Record<string, JsonSafe> | null;
  exif: Record<string, JsonSafe> | null;
}

export const MetadataWarningCode = {
  /** The file's metadata could not be read at all; the fields are empty. */
  METADATA_UNREADABLE: 'METADATA_UNREADABLE',
  /** The XMP packet is not well-formed XML; IIM and EXIF are still read. */
  XMP_MALFORMED: 'XMP_MALFORMED',
  /** A metadata block was too large to read and was skipped. */
  METADATA_TOO_LARGE: 'METADATA_TOO_LARGE',
  COUNTRY_CODE_INVALID: 'COUNTRY_CODE_INVALID',
  DATE_INVALID: 'DATE_INVALID',
  URL_INVALID: 'URL_INVALID',
  /** A value longer than the asset field takes was cut. */
  VALUE_TRUNCATED: 'VALUE_TRUNCATED',
  /** A list longer than the asset field takes was cut. */
  TOO_MANY_VALUES: 'TOO_MANY_VALUES',
  /** Control characters (such as NUL) were removed from a value. */
  CONTROL_CHARACTERS_REMOVED: 'CONTROL_CHARACTERS_REMOVED',
  /** The raw metadata kept with the asset was cut to its size limit. */
  RAW_METADATA_TRUNCATED: 'RAW_METADATA_TRUNCATED',
  // From the registry (draftAsset).
  CREDIT_MISSING: 'CREDIT_MISSING',
  CREDIT_UNRECOGNISED: 'CREDIT_UNRECOGNISED',
  CREATOR_UNMATCHED: 'CREATOR_UNMATCHED',
  CREATOR_AMBIGUOUS: 'CREATOR_AMBIGUOUS',
  PERSON_UNMATCHED: 'PERSON_UNMATCHED',
  PERSON_AMBIGUOUS: 'PERSON_AMBIGUOUS',
} as const;

export type MetadataWarningCode = (typeof MetadataWarningCode)[keyof typeof MetadataWarningCode];

/** Something the desk should know about what was read; never a failure. */
export interface MetadataWarning {
  code: MetadataWarningCode;
  message: string;
  field?: MetadataField;
}

export interface FileMetadata {
  fields: MetadataFields;
  raw: RawMetadata;
  warnings: MetadataWarning[];
}

export function emptyMetadataFields(): MetadataFields {
  return {
    caption: null,
    headline: null,
    captionWriter: null,
    altText: null,
    creatorNames: [],
    creditLine: null,
    copyrightNotice: null,
    source: null,
    instructions: null,
    usageTerms: null,
    webStatement: null,
    licensorUrl: null,
    dateCreated: null,
    city: null,
    countryIso2: null,
    personShownNames: [],
    eventName: null,
    supplierImageId: null,
  };
}
