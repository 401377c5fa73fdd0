import type { ProseParagraph } from '../engine/claims.js';

/** A block as the working copy or a published snapshot stores it. */
export interface SourceBlock {
  position: number;
  type: string;
  data: unknown;
}

/** A story link as stored. */
export interface SourceLink {
  relation: string;
  targetType: string;
  targetId: string;
}

/** What the fact check reads of one version of a story: its prose, what it links and embeds, and its date. */
export interface StorySource {
  articleId: string;
  /** The working copy's version, or the version a snapshot was published from. */
  version: number;
  language: string;
  datelineDate: Date | null;
  publishedAt: Date | null;
  blocks: SourceBlock[];
  links: SourceLink[];
}

/** The ids of everything the story points at that the fact sheet is built from. */
export interface StoryScope {
  unitIds: string[];
  eventIds: string[];
  /** Result rows a fact box computes from: their units join the sheet (Takagi's 2022 time). */
  resultIds: string[];
  personIds: string[];
  organisationIds: string[];
}

/** Most entities the story itself names that the sheet loads; every one beyond is left out. */
export const MAX_NAMED_ENTITIES = 500;

interface MentionLike {
  start: number;
  end: number;
  targetType: string;
  targetId: string;
}

const ENTITY_TYPES = new Set(['PERSON', 'ORGANISATION']);

/** The day ages and counts are reckoned on: the dateline, else the first publication, else today (YYYY-MM-DD, UTC). */
export function storyDate(source: Pick<StorySource, 'datelineDate' | 'publishedAt'>, now: Date = new Date()): string {
  return (source.datelineDate ?? source.publishedAt ?? now).toISOString().slice(0, 10);
}

/** The paragraphs the engine reads, with their person and organisation mentions. Quote blocks are someone's words, not ours. */
export function proseOf(blocks: readonly SourceBlock[]): ProseParagraph[] {
  return blocks
    .filter((block) => block.type === 'PARAGRAPH')
    .map((block) => {
      const data = (block.data ?? {}) as { text?: unknown; mentions?: MentionLike[] };
      const mentions = (Array.isArray(data.mentions) ? data.mentions : [])
        .filter((m) => ENTITY_TYPES.has(m.targetType))
        .map(({ start, end, targetId }) => ({ start, end, targetId }));
      return { blockIndex: block.position, text: typeof data.text === 'string' ? data.text : '', mentions };
    });
}

/**
 * What the story links (ABOUT and MENTIONS alike), embeds (results tables, match blocks, fact
 * boxes) and names in its paragraphs, by kind.
 */
export function scopeOf(source: Pick<StorySource, 'blocks' | 'links'>): StoryScope {
  const units = new Set<string>();
  const events = new Set<string>();
  const results = new Set<string>();
  const people = new Set<string>();
  const organisations = new Set<string>();
  const add = (type: string, id: string | null | undefined) => {
    if (!id) return;
    if (type === 'UNIT') units.add(id);
    else if (type === 'EVENT') events.add(id);
    else if (type === 'PERSON') people.add(id);
    else if (type === 'ORGANISATION') organisations.add(id);
  };
  for (const link of source.links) add(link.targetType, link.targetId);
  for (const block of source.blocks) {
    const data = (block.data ?? {}) as Record<string, unknown>;
    switch (block.type) {
      case 'PARAGRAPH':
        for (const mention of (data.mentions as MentionLike[] | undefined) ?? []) add(mention.targetType, mention.targetId);
        break;
      case 'RESULTS_TABLE':
        add('UNIT', data.unitId as string | null);
        add('EVENT', data.eventId as string | null);
        break;
      case 'MATCH':
        add('UNIT', data.unitId as string | null);
        break;
      case 'FACT_BOX':
        for (const item of (data.items as { fact?: Record<string, string | null> | null }[] | undefined) ?? []) {
          const fact = item.fact;
          if (!fact) continue;
          for (const id of [fact.resultId, fact.otherResultId]) if (id) results.add(id);
          add('PERSON', fact.personId);
        }
        break;
    }
  }
  const capped = (ids: Set<string>) => [...ids].slice(0, MAX_NAMED_ENTITIES);
  return {
    unitIds: capped(units),
    eventIds: capped(events),
    resultIds: capped(results),
    personIds: capped(people),
    organisationIds: capped(organisations),
  };
}
