import type { ArticleBlockInput } from '../modules/articles/dto/article-block.input.js';
import type { CreateArticleInput } from '../modules/articles/dto/article.inputs.js';
import { FactKind } from '../modules/articles/blocks/fact-box/fact-box.input.js';
import { MentionTargetType } from '../modules/articles/blocks/paragraph/paragraph.input.js';
import { day } from './demo-sports.data.js';
import {
  BODY,
  HEADLINE,
  LINKS,
  type Paragraph,
  RACE_DAY,
  TABLE_COLUMNS,
  STORY_SLUG,
  type StoryIds,
  SUMMARY,
  type Target,
} from './demo-story.data.js';

/** The createArticle input of the demo story, with the ids of wherever it is being written. */
export function storyInput(ids: StoryIds): CreateArticleInput {
  const target = (t: Target): { targetType: MentionTargetType; targetId: string } => {
    const [kind, key] = t.split(':') as [string, string];
    if (kind === 'person') return { targetType: MentionTargetType.PERSON, targetId: required(ids.people, key) };
    if (kind === 'competition') return { targetType: MentionTargetType.COMPETITION, targetId: required(ids.competitions, key) };
    if (kind === 'event') return { targetType: MentionTargetType.EVENT, targetId: ids.event2026 };
    return { targetType: MentionTargetType.VENUE, targetId: ids.venue };
  };
  return {
    slug: STORY_SLUG,
    headline: HEADLINE,
    summary: SUMMARY,
    language: 'en',
    section: 'speed-skating',
    tags: ['milano-cortina-2026', 'speed-skating'],
    dateline: { place: 'MILAN', date: day(RACE_DAY) },
    links: LINKS.map((link) => ({ relation: link.relation, ...target(link.target) })),
    blocks: BODY.map((item): ArticleBlockInput => {
      if (item === 'results-table') return { type: 'RESULTS_TABLE', resultsTable: { unitId: ids.unit2026, columns: TABLE_COLUMNS } };
      if (item === 'fact-box') return { type: 'FACT_BOX', factBox: factBox(ids) };
      if ('quote' in item) return { type: 'QUOTE', quote: { quoteId: ids.quotes[item.quote] } };
      if ('image' in item) return { type: 'IMAGE', image: { assetId: ids.assets[item.image] } };
      if ('socialPost' in item) return { type: 'SOCIAL_POST', socialPost: { socialPostId: ids.posts[item.socialPost] } };
      return {
        type: 'PARAGRAPH',
        paragraph: { text: item.text, mentions: spans(item).map(({ start, end, target: t }) => ({ start, end, ...target(t) })) },
      };
    }),
  };
}

/** Where each mention's phrase sits, searching on from the previous one so repeated names stay in order. */
export function spans(paragraph: Paragraph): { start: number; end: number; phrase: string; target: Target }[] {
  let from = 0;
  return paragraph.mentions.map(([phrase, target]) => {
    const start = paragraph.text.indexOf(phrase, from);
    if (start < 0) throw new Error(`demo story: "${phrase}" not found in "${paragraph.text.slice(0, 40)}…"`);
    from = start + phrase.length;
    return { start, end: from, phrase, target };
  });
}

function factBox(ids: StoryIds) {
  return {
    title: "Leerdam's gold in figures",
    items: [
      {
        label: "Faster than Takagi's winning time in Beijing",
        fact: { kind: FactKind.TIME_DIFFERENCE, resultId: ids.leerdamResult2026, otherResultId: ids.takagiResult2022 },
      },
      { label: 'Age on race day', fact: { kind: FactKind.AGE, personId: required(ids.people, 'jutta-leerdam'), on: day(RACE_DAY) } },
    ],
  };
}

function required(map: Record<string, string>, key: string): string {
  const value = map[key];
  if (!value) throw new Error(`demo story: no id for "${key}"`);
  return value;
}
