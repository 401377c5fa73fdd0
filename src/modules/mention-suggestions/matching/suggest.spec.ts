import { buildNameDictionary, type DictionaryRows, type NameDictionary } from '../dictionary/name-dictionary.js';
import type { Tie } from './candidates.js';
import { type ParagraphText, type StoryContext, suggestMentions } from './suggest.js';

const person = (id: string, givenName: string, familyName: string, extra: Partial<DictionaryRows['people'][number]> = {}) => ({
  id,
  givenName,
  familyName,
  displayName: `${givenName} ${familyName}`,
  nameOrder: 'GIVEN_FAMILY' as const,
  aliases: [],
  ...extra,
});

const ROWS: DictionaryRows = {
  people: [
    person('leerdam', 'Jutta', 'Leerdam'),
    person('kok', 'Femke', 'Kok'),
    person('takagi', 'Miho', 'Takagi', { nameOrder: 'FAMILY_GIVEN' }),
    person('jackson-erin', 'Erin', 'Jackson'),
    person('jackson-nicolas', 'Nicolas', 'Jackson'),
    person('odegaard', 'Martin', 'Ødegaard'),
    person('paul', 'Jake', 'Paul'),
    person('traore-1', 'Adama', 'Traoré'),
    person('traore-2', 'Adama', 'Traoré'),
    person('rodri', 'Rodrigo', 'Hernández', { aliases: ['Rodri'] }),
    person('reporter', 'Anna', 'Jansen'),
  ],
  organisations: [
    { id: 'liverpool', name: 'Liverpool FC', shortName: 'Liverpool', aliases: [] },
    { id: 'isu', name: 'International Skating Union', shortName: 'ISU', aliases: [] },
  ],
  venues: [
    { id: 'anfield', name: 'Anfield', city: 'Liverpool' },
    { id: 'milano', name: 'Milano Speed Skating Stadium', city: 'Milan' },
  ],
  competitions: [{ id: 'mc2026', name: 'Milano Cortina 2026 Olympic Winter Games' }],
};

const context = (over: Partial<Omit<StoryContext, 'ties'>> & { ties?: Record<string, Tie> } = {}): StoryContext => ({
  people: over.people ?? [],
  authors: over.authors ?? new Set(),
  events: over.events ?? [],
  ties: new Map(Object.entries(over.ties ?? {})),
});
const paragraph = (text: string, extra: Partial<ParagraphText> = {}, blockIndex = 0): ParagraphText => ({
  blockIndex,
  text,
  marks: [],
  mentions: [],
  ...extra,
});

describe('suggestMentions', () => {
  let dictionary: NameDictionary;
  beforeAll(async () => {
    dictionary = await buildNameDictionary(ROWS, { shardKeys: 4 });
  });

  const found = (text: string, ctx = context()) =>
    suggestMentions(dictionary, ctx, [paragraph(text)]).suggestions.map((s) => `${s.text}→${s.candidates[0].targetId}`);

  it('spreads the names over several automata and still finds every one', () => {
    expect(dictionary.shardCount).toBeGreaterThan(3);
    expect(found('Jutta Leerdam beat Femke Kok at the Milano Speed Skating Stadium; the ISU agreed.')).toEqual([
      'Jutta Leerdam→leerdam',
      'Femke Kok→kok',
      'Milano Speed Skating Stadium→milano',
      'ISU→isu',
    ]);
  });

  it.each([
    ['diacritics folded both ways', 'Martin Odegaard scored.', ['Martin Odegaard→odegaard']],
    ['a transliteration', 'Martin Oedegaard scored.', ['Martin Oedegaard→odegaard']],
    ['family name first', 'Takagi Miho won bronze.', ['Takagi Miho→takagi']],
    ['an alias', 'Rodri is back.', ['Rodri→rodri']],
    ['a derived name of the Games', 'The Milano Cortina Games opened.', ['Milano Cortina Games→mc2026']],
    ['an acronym only in capitals', 'the isu and the Isu', []],
    ['no name inside a longer word', 'Leerdamse fans cheered Jutta Leerdams.', []],
    ['a family name alone, nobody in the story yet', 'Leerdam won.', []],
    ['a lower-case word that is a family name', 'Femke Kok thanked the kok.', ['Femke Kok→kok']],
    ['a club named like a city, used as the city', 'Jutta Leerdam grew up far from the sea, not in Liverpool.', ['Jutta Leerdam→leerdam']],
    ['the club', 'Liverpool won at Anfield.', ['Liverpool→liverpool', 'Anfield→anfield']],
  ])('%s', (_case, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('finds a family name after the full name, possessives included, with the span on the name only', () => {
    const text = "Jutta Leerdam won. Leerdam\u2019s time, and Leerdam's smile: Leerdam.";
    const { suggestions } = suggestMentions(dictionary, context(), [paragraph(text)]);
    expect(suggestions.map((s) => [s.text, s.start, s.end])).toEqual([
      ['Jutta Leerdam', 0, 13],
      ['Leerdam', 19, 26],
      ['Leerdam', 39, 46],
      ['Leerdam', 56, 63],
    ]);
    expect(suggestions[0].candidates[0].confidence).toBe(0.95);
    expect(suggestions[1].candidates[0].confidence).toBeLessThan(0.95);
  });

  it('counts the full name in an earlier paragraph, not a later one', () => {
    const paragraphs = [paragraph('Leerdam was quick.', {}, 0), paragraph('Jutta Leerdam won.', {}, 2), paragraph('Leerdam cried.', {}, 3)];
    const { suggestions } = suggestMentions(dictionary, context(), paragraphs);
    expect(suggestions.map((s) => `${s.blockIndex}:${s.text}`)).toEqual(['2:Jutta Leerdam', '3:Leerdam']);
  });

  it('takes a linked person’s family name from the start, but not as part of another name', () => {
    const ctx = context({ people: ['paul'], ties: { 'PERSON:paul': 'LINKED' } });
    expect(found('Paul cried. His brother Logan Paul did not. Paul Scholes watched.', ctx)).toEqual(['Paul→paul']);
    expect(found('American Paul and Arsenal\u2019s Paul both cried.', ctx)).toEqual(['Paul→paul', 'Paul→paul']);
  });

  it('ranks the candidates of a shared name by their tie to the story and splits the confidence', () => {
    const ctx = context({ ties: { 'PERSON:traore-2': 'COMPETITOR' } });
    const [suggestion] = suggestMentions(dictionary, ctx, [paragraph('Adama Traoré scored.')]).suggestions;
    expect(suggestion.kind).toBe('PERSON');
    expect(suggestion.candidates.map((c) => [c.targetId, c.tie])).toEqual([
      ['traore-2', 'COMPETITOR'],
      ['traore-1', 'NONE'],
    ]);
    expect(suggestion.candidates[0].confidence).toBeGreaterThan(suggestion.candidates[1].confidence);
    expect(suggestion.candidates[0].confidence).toBeLessThan(0.95);
  });

  it('offers a family name two people in the story share as one suggestion with both', () => {
    const ctx = context({ ties: { 'PERSON:jackson-nicolas': 'LINKED' }, people: ['jackson-nicolas'] });
    const [, , alone] = suggestMentions(dictionary, ctx, [paragraph('Erin Jackson and Nicolas Jackson met. Jackson smiled.')]).suggestions;
    expect(alone.text).toBe('Jackson');
    expect(alone.candidates.map((c) => c.targetId)).toEqual(['jackson-nicolas', 'jackson-erin']);
  });

  it('skips text already mentioned, text under a link, and the byline', () => {
    const text = 'Jutta Leerdam, Femke Kok and Anna Jansen';
    const paragraphs = [
      paragraph(text, {
        mentions: [{ start: 0, end: 13, targetType: 'PERSON', targetId: 'leerdam' }],
        marks: [
          { start: 15, end: 20, type: 'LINK' },
          { start: 28, end: 32, type: 'BOLD' },
        ],
      }),
    ];
    const { suggestions } = suggestMentions(dictionary, context({ authors: new Set(['reporter']) }), paragraphs);
    expect(suggestions).toEqual([]);
    const unmarked = suggestMentions(dictionary, context(), [paragraph(text)]).suggestions.map((s) => s.text);
    expect(unmarked).toEqual(['Jutta Leerdam', 'Femke Kok', 'Anna Jansen']);
  });

  it("finds the story's own events under the spellings copy uses, and no other events", () => {
    const ctx = context({ events: [{ id: 'w1000', name: "Women's 1000m" }], ties: { 'EVENT:w1000': 'LINKED' } });
    expect(found("She won the women\u2019s 1,000 metres and the women's 1000 m.", ctx)).toEqual([
      'women\u2019s 1,000 metres→w1000',
      "women's 1000 m→w1000",
    ]);
    expect(found("She won the women's 1000 m.")).toEqual([]);
  });

  it('gives the same ids for the same text and targets, and new ones when the targets change', () => {
    const text = 'Adama Traoré scored.';
    const once = suggestMentions(dictionary, context(), [paragraph(text)]).suggestions[0].id;
    const again = suggestMentions(dictionary, context(), [paragraph(text)]).suggestions[0].id;
    const elsewhere = suggestMentions(dictionary, context(), [paragraph(text, {}, 4)]).suggestions[0].id;
    expect(again).toBe(once);
    expect(elsewhere).not.toBe(once);
    expect(once).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('reads at most maxChars of text and returns at most maxSuggestions', () => {
    const text = Array.from({ length: 2_000 }, () => 'Jutta Leerdam').join(' and ');
    const limits = { maxChars: 1_000, maxSuggestions: 10, maxCandidates: 5 };
    const capped = suggestMentions(dictionary, context(), [paragraph(text)], limits);
    expect(capped.truncated).toBe(true);
    expect(capped.suggestions).toHaveLength(10);
    const budget = suggestMentions(dictionary, context(), [paragraph(text)], { ...limits, maxSuggestions: 1_000 });
    expect(budget.suggestions.length).toBeLessThanOrEqual(Math.ceil(1_000 / 'Jutta Leerdam and '.length));
    expect(Math.max(...budget.suggestions.map((s) => s.end))).toBeLessThanOrEqual(1_000);
  });
});
