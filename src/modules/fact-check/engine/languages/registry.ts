/** The languages the fact check reads, by BCP 47 primary language subtag. */
import type { ClaimLanguage } from '../language.js';
import { english } from './en/index.js';

const LANGUAGES: ReadonlyMap<string, ClaimLanguage> = new Map([english].map((language) => [language.tag, language]));

/** "en", "en-GB", "EN" → English; an unknown or malformed tag → null (nothing is checked). */
export function claimLanguage(tag: string): ClaimLanguage | null {
  if (typeof tag !== 'string') return null;
  const primary = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag.trim());
  return primary ? (LANGUAGES.get(primary[1].toLowerCase()) ?? null) : null;
}

export function supportedLanguages(): string[] {
  return [...LANGUAGES.keys()];
}
