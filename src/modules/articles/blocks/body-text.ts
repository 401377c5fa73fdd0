import type { StoredBlock } from './block-data.js';

/**
 * The words of a body for search and snippets: paragraphs, headings, fact boxes, and the
 * text of the quotes and posts it places (passed in, since blocks only hold their ids).
 */
export function bodyText(blocks: StoredBlock[], placedTexts: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'PARAGRAPH':
      case 'HEADING':
        parts.push(block.data.text);
        break;
      case 'QUOTE':
        parts.push(placedTexts.get(block.data.quoteId) ?? '');
        break;
      case 'SOCIAL_POST':
        parts.push(placedTexts.get(block.data.socialPostId) ?? '');
        break;
      case 'FACT_BOX':
        parts.push(block.data.title, ...block.data.items.map((item) => [item.label, item.text ?? ''].join(' ')));
        break;
      default:
        break;
    }
  }
  return parts.filter(Boolean).join('\n');
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
