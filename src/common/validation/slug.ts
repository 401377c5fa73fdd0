import { Matches } from 'class-validator';

/** Lower-case words joined by single hyphens: "milano-cortina-2026". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 120;
export const SLUG_MESSAGE = 'lower-case letters and digits, words joined by single hyphens, such as milano-cortina-2026';

/** A slug, or a slug-shaped key such as a section ("speed-skating"). */
export const IsSlug = () => Matches(SLUG_PATTERN, { message: SLUG_MESSAGE });

/** A slug from free text: diacritics folded, everything else non-alphanumeric becomes a hyphen. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '');
}
