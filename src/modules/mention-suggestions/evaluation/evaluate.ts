import { readFile } from 'node:fs/promises';
import { buildNameDictionary, type DictionaryRows, type TargetKind } from '../dictionary/name-dictionary.js';
import type { Tie } from '../matching/candidates.js';
import { type ParagraphText, type StoryContext, suggestMentions } from '../matching/suggest.js';

/**
 * The labelled evaluation set: a small dictionary with confusable names, stories of sentences
 * (each a paragraph, in order, so a family name may follow the full name), and the mentions a
 * careful editor would make in each. Entity keys stand in for ids.
 */
export interface EvaluationSet {
  entities: {
    people: {
      key: string;
      displayName: string;
      givenName?: string;
      familyName?: string;
      nameOrder?: 'GIVEN_FAMILY' | 'FAMILY_GIVEN';
      aliases?: string[];
    }[];
    organisations: { key: string; name: string; shortName?: string; aliases?: string[] }[];
    venues: { key: string; name: string; city: string }[];
    competitions: { key: string; name: string }[];
    events: { key: string; name: string }[];
  };
  stories: EvaluationStory[];
}

export interface EvaluationStory {
  id: string;
  sport: string;
  /** Linked to the story (links and existing mentions). */
  linked: string[];
  /** Competing in (or the venue, competition or event of) the units and events the story links. */
  competitors?: string[];
  /** Teams of the story's people, and people of its teams. */
  teams?: string[];
  /** The byline. */
  authors?: string[];
  sentences: { text: string; expect: { text: string; target: string; occurrence?: number }[]; note?: string }[];
}

export interface Miss {
  story: string;
  sentence: string;
  text: string;
  /** What the matcher said (its first candidate) and what the label says; null where one said nothing. */
  got: string | null;
  want: string | null;
}

export interface EvaluationReport {
  sentences: number;
  expected: number;
  suggested: number;
  correct: number;
  precision: number;
  recall: number;
  bySport: Record<string, { precision: number; recall: number; sentences: number }>;
  misses: Miss[];
}

export const EVALUATION_SET_PATH = new URL('../../../../test/fixtures/mention-suggestions/eval-set.json', import.meta.url);

export async function loadEvaluationSet(path: URL | string = EVALUATION_SET_PATH): Promise<EvaluationSet> {
  return JSON.parse(await readFile(path, 'utf8')) as EvaluationSet;
}

/**
 * Runs the matcher over every story of the set and scores its first candidates: a suggestion is
 * right when its span and its first candidate are the label's. Precision is right / suggested,
 * recall right / labelled.
 */
export async function evaluate(set: EvaluationSet): Promise<EvaluationReport> {
  const { entities } = set;
  const rows: DictionaryRows = {
    people: entities.people.map((p) => ({
      id: p.key,
      displayName: p.displayName,
      givenName: p.givenName ?? null,
      familyName: p.familyName ?? null,
      nameOrder: p.nameOrder ?? 'GIVEN_FAMILY',
      aliases: p.aliases ?? [],
    })),
    organisations: entities.organisations.map((o) => ({
      id: o.key,
      name: o.name,
      shortName: o.shortName ?? null,
      aliases: o.aliases ?? [],
    })),
    venues: entities.venues.map((v) => ({ id: v.key, name: v.name, city: v.city })),
    competitions: entities.competitions.map((c) => ({ id: c.key, name: c.name })),
  };
  const dictionary = await buildNameDictionary(rows);
  const kindOf = new Map<string, TargetKind>([
    ...entities.people.map((e) => [e.key, 'PERSON'] as const),
    ...entities.organisations.map((e) => [e.key, 'ORGANISATION'] as const),
    ...entities.venues.map((e) => [e.key, 'VENUE'] as const),
    ...entities.competitions.map((e) => [e.key, 'COMPETITION'] as const),
    ...entities.events.map((e) => [e.key, 'EVENT'] as const),
  ]);
  const kind = (key: string) => {
    const found = kindOf.get(key);
    if (!found) throw new Error(`evaluation set: no entity "${key}"`);
    return found;
  };

  const misses: Miss[] = [];
  const tally = new Map<string, { expected: number; suggested: number; correct: number; sentences: number }>();
  for (const story of set.stories) {
    const ties = new Map<string, Tie>();
    const tie = (keys: string[] | undefined, value: Tie) => {
      for (const key of keys ?? []) if (!ties.has(`${kind(key)}:${key}`)) ties.set(`${kind(key)}:${key}`, value);
    };
    tie(story.linked, 'LINKED');
    tie(story.competitors, 'COMPETITOR');
    tie(story.teams, 'TEAM');
    const eventKeys = new Set([...story.linked, ...(story.competitors ?? [])].filter((key) => kind(key) === 'EVENT'));
    const context: StoryContext = {
      ties,
      people: story.linked.filter((key) => kind(key) === 'PERSON'),
      authors: new Set(story.authors ?? []),
      events: entities.events.filter((e) => eventKeys.has(e.key)).map((e) => ({ id: e.key, name: e.name })),
    };
    const paragraphs: ParagraphText[] = story.sentences.map((s, blockIndex) => ({ blockIndex, text: s.text, marks: [], mentions: [] }));
    const { suggestions } = suggestMentions(dictionary, context, paragraphs);

    const counts = tally.get(story.sport) ?? { expected: 0, suggested: 0, correct: 0, sentences: 0 };
    tally.set(story.sport, counts);
    story.sentences.forEach((sentence, blockIndex) => {
      counts.sentences++;
      const want = new Map(sentence.expect.map((e) => [spanKey(locate(sentence.text, e.text, e.occurrence ?? 1)), e]));
      const got = suggestions.filter((s) => s.blockIndex === blockIndex);
      counts.expected += want.size;
      counts.suggested += got.length;
      for (const suggestion of got) {
        const label = want.get(spanKey(suggestion));
        const first = suggestion.candidates[0].targetId;
        if (label?.target === first) counts.correct++;
        else misses.push({ story: story.id, sentence: sentence.text, text: suggestion.text, got: first, want: label?.target ?? null });
      }
      for (const [key, label] of want) {
        if (!got.some((s) => spanKey(s) === key))
          misses.push({ story: story.id, sentence: sentence.text, text: label.text, got: null, want: label.target });
      }
    });
  }

  const all = [...tally.values()].reduce(
    (sum, c) => ({
      expected: sum.expected + c.expected,
      suggested: sum.suggested + c.suggested,
      correct: sum.correct + c.correct,
      sentences: sum.sentences + c.sentences,
    }),
    { expected: 0, suggested: 0, correct: 0, sentences: 0 },
  );
  return {
    ...all,
    precision: ratio(all.correct, all.suggested),
    recall: ratio(all.correct, all.expected),
    bySport: Object.fromEntries(
      [...tally].map(([sport, c]) => [
        sport,
        { precision: ratio(c.correct, c.suggested), recall: ratio(c.correct, c.expected), sentences: c.sentences },
      ]),
    ),
    misses,
  };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const spanKey = (span: { start: number; end: number }) => `${span.start}:${span.end}`;

function locate(text: string, phrase: string, occurrence: number): { start: number; end: number } {
  let start = -1;
  for (let n = 0; n < occurrence; n++) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`evaluation set: "${phrase}" (occurrence ${occurrence}) is not in "${text}"`);
  }
  return { start, end: start + phrase.length };
}
