import { blockDefinition } from './block-registry.js';
import type { StoredBlock } from './block-data.js';

/**
 * The words of a body for search and snippets: what each block type contributes (paragraphs,
 * headings, fact boxes, and the text of the quotes and posts it places, passed in, since
 * blocks only hold their ids).
 */
export function bodyText(blocks: StoredBlock[], placedTexts: ReadonlyMap<string, string>): string {
  return blocks
    .flatMap((block) => blockDefinition(block.type).text(block.data, placedTexts))
    .filter(Boolean)
    .join('\n');
}
const SEARCH_CONFIGS: Record<string, string> = {
  en: 'english',
  nl: 'dutch',
  de: 'german',
  fr: 'french',
  it: 'italian',
  es: 'spanish',
  pt: 'portuguese',
  no: 'norwegian',
  nb: 'norwegian',
  sv: 'swedish',
  da: 'danish',
  fi: 'finnish',
};

/** The PostgreSQL text search configuration for a language tag; 'simple' when there is none. */
export function searchConfigFor(language: string): string {
  return SEARCH_CONFIGS[language.split('-')[0].toLowerCase()] ?? 'simple';
}
