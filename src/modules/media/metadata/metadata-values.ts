// Turning the text a file holds into the values an asset stores: encodings, dates, country codes.
import { countries } from 'country-data-list';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * IIM text as exifr gives it: one character per byte (exifr reads IIM as Latin-1, and
 * skips record 1 where CodedCharacterSet lives). Bytes that form valid UTF-8 are UTF-8
 * (the CodedCharacterSet ESC % G case, and most files today); any other bytes are
 * ISO-8859-1, which the one-character-per-byte string already is.
 */
export function decodeIimText(bytesAsLatin1: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(bytesAsLatin1)) return bytesAsLatin1;
  try {
    return strictUtf8.decode(Buffer.from(bytesAsLatin1, 'latin1'));
  } catch {
    return bytesAsLatin1;
  }
}

const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text without NUL and other control characters or lone surrogates, which PostgreSQL text and jsonb refuse. */
export function withoutControlCharacters(text: string): { text: string; removed: boolean } {
  const cleaned = text.replace(CONTROL_CHARACTERS, '');
  return { text: cleaned, removed: cleaned.length !== text.length };
}

const ISO_ALPHA2 = new Set<string>();
const ALPHA3_TO_ALPHA2 = new Map<string, string>();
for (const country of countries.all as { alpha2: string; alpha3: string; status: string }[]) {
  // "user assigned" keeps XK (Kosovo), which agencies use.
  if (country.status !== 'assigned' && country.status !== 'user assigned') continue;
  if (/^[A-Z]{2}$/.test(country.alpha2)) ISO_ALPHA2.add(country.alpha2);
  if (/^[A-Z]{3}$/.test(country.alpha3)) ALPHA3_TO_ALPHA2.set(country.alpha3, country.alpha2);
}

/** An ISO 3166-1 alpha-2 code (upper case) for an alpha-2 or alpha-3 code in any case; null when it is neither. */
export function toCountryIso2(code: string): string | null {
  const upper = code.trim().toUpperCase();
  if (ISO_ALPHA2.has(upper)) return upper;
  return ALPHA3_TO_ALPHA2.get(upper) ?? null;
}

const OFFSET = /^(?:Z|([+-])(\d{2}):?(\d{2}))$/i;

function offsetMinutes(offset: string | undefined): number | null {
  if (!offset) return 0;
  const match = OFFSET.exec(offset.trim());
  if (!match) return null;
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * A moment from date parts as a file gives them. A missing offset is taken as UTC, a missing
 * month or day (IIM writes 00) as the first. Null when the parts make no real date.
 */
export function dateFromParts(parts: {
  year: string;
  month?: string;
  day?: string;
  hour?: string;
  minute?: string;
  second?: string;
  fraction?: string;
  offset?: string;
}): Date | null {
  const n = (v: string | undefined, unknown: number) => (v === undefined || Number(v) === 0 ? unknown : Number(v));
  const [year, month, day] = [Number(parts.year), n(parts.month, 1), n(parts.day, 1)];
  const [hour, minute, second] = [Number(parts.hour ?? 0), Number(parts.minute ?? 0), Number(parts.second ?? 0)];
  const offset = offsetMinutes(parts.offset);
  if (offset === null || year < 1800 || year > 9999 || month > 12 || hour > 23 || minute > 59 || second > 60) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, Math.round(Number(`0.${parts.fraction ?? 0}`) * 1000));
  const date = new Date(utc - offset * 60_000);
  // Date.UTC rolls 30 February over into March; such a date is not the one the file meant.
  return new Date(utc).getUTCDate() === day ? date : null;
}

/** XMP dates: ISO 8601 from "2026" to "2026-02-09T16:42:10.5+01:00" (some writers use ':' in the date). */
export function parseXmpDate(text: string): Date | null {
  const m = /^(\d{4})(?:[-:](\d{2})(?:[-:](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    text.trim(),
  );
  if (!m) return null;
  return dateFromParts({ year: m[1], month: m[2], day: m[3], hour: m[4], minute: m[5], second: m[6], fraction: m[7], offset: m[8] });
}

/** IIM Date Created (CCYYMMDD) with Time Created (HHMMSS±HHMM), the time optional. */
export function parseIimDate(date: string, time: string | null): Date | null {
  const d = /^(\d{4})(\d{2})(\d{2})$/.exec(date.trim());
  const t = time === null ? null : /^(\d{2})(\d{2})(\d{2})([+-]\d{4})?$/.exec(time.trim());
  if (!d || (time !== null && !t)) return null;
  return dateFromParts({ year: d[1], month: d[2], day: d[3], hour: t?.[1], minute: t?.[2], second: t?.[3], offset: t?.[4] });
}

/** EXIF DateTimeOriginal ("YYYY:MM:DD HH:MM:SS") with OffsetTimeOriginal ("+01:00"), the offset optional. */
export function parseExifDate(dateTime: string, offset: string | null): Date | null {
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(dateTime.trim());
  if (!m || m[1] === '0000') return null;
  return dateFromParts({ year: m[1], month: m[2], day: m[3], hour: m[4], minute: m[5], second: m[6], offset: offset ?? undefined });
}

/** An absolute http(s) URL, as the asset's URL fields take it. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname && !/\s/.test(text);
  } catch {
    return false;
  }
}
