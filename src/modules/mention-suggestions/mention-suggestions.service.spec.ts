import { jest } from '@jest/globals';
import type { ArticlesService } from '../articles/editing/articles.service.js';
import { NameDictionaryStore } from './dictionary/name-dictionary.store.js';
import type { DictionaryRows } from './dictionary/name-dictionary.js';
import type { ContextRow, MentionSuggestionsRepository } from './mention-suggestions.repository.js';
import { MentionSuggestionsService } from './mention-suggestions.service.js';

const LEERDAM = '0190a000-0000-7000-8000-000000000001';
const KOK = '0190a000-0000-7000-8000-000000000002';
const ROWS: DictionaryRows = {
  people: [
    { id: LEERDAM, displayName: 'Jutta Leerdam', givenName: 'Jutta', familyName: 'Leerdam', nameOrder: 'GIVEN_FAMILY', aliases: [] },
    { id: KOK, displayName: 'Femke Kok', givenName: 'Femke', familyName: 'Kok', nameOrder: 'GIVEN_FAMILY', aliases: [] },
  ],
  organisations: [],
  venues: [],
  competitions: [],
};
const SENTENCE = 'Jutta Leerdam beat Femke Kok; Leerdam and Kok hugged. ';

/**
 * A repository standing in for the database: each of its methods is one SQL statement there,
 * so counting calls counts statements.
 */
function fakeRepository(paragraphsPerStory: number, generation = () => 'g1') {
  const calls: string[] = [];
  // Each method answers as the database would, a turn of the event loop later.
  const statement = <A extends unknown[], R>(name: string, answer: (...args: A) => R) =>
    jest.fn((...args: A) => {
      calls.push(name);
      return Promise.resolve(answer(...args));
    });
  const repository = {
    generation: statement('generation', generation),
    dictionaryRows: statement('dictionaryRows', () => ROWS),
    paragraphs: statement('paragraphs', (ids: readonly string[]) =>
      ids.flatMap((articleId) =>
        Array.from({ length: paragraphsPerStory }, (_, position) => ({
          articleId,
          position,
          data: { text: SENTENCE.repeat(20), marks: [], mentions: [] },
        })),
      ),
    ),
    contexts: statement('contexts', (ids: readonly string[]): ContextRow[] =>
      ids.map((articleId) => ({ articleId, type: 'PERSON', id: LEERDAM, tie: 0, name: null })),
    ),
  };
  return { repository: repository as unknown as MentionSuggestionsRepository, calls };
}

const service = (repository: MentionSuggestionsRepository, store = new NameDictionaryStore(repository)) =>
  new MentionSuggestionsService(repository, store, {} as ArticlesService);

describe('MentionSuggestionsService', () => {
  it('reads the same statements for one short story as for fifty long ones: no query per word, paragraph or story', async () => {
    const short = fakeRepository(1);
    const long = fakeRepository(40);
    const shortService = service(short.repository);
    const longService = service(long.repository);
    // The first call also builds the dictionary: two statements for the generation and the names, once.
    await shortService.suggestMany(['a']);
    await longService.suggestMany(['a']);
    short.calls.length = 0;
    long.calls.length = 0;

    const [one] = await shortService.suggestMany(['a']);
    const many = await longService.suggestMany(Array.from({ length: 50 }, (_, i) => `story-${i}`));
    expect(one).toHaveLength(20 * 4);
    expect(many).toHaveLength(50);
    expect(many[0].length).toBeGreaterThan(one.length);
    expect(short.calls.sort()).toEqual(['contexts', 'paragraphs']);
    expect(long.calls.sort()).toEqual(short.calls);
  });

  it('builds the dictionary once for concurrent first requests, and again only when the names changed', async () => {
    let generation = 'g1';
    const { repository, calls } = fakeRepository(1, () => generation);
    const store = new NameDictionaryStore(repository, undefined, { checkIntervalMs: 0 });
    const suggestions = service(repository, store);
    await Promise.all(Array.from({ length: 5 }, () => suggestions.suggestMany(['a'])));
    expect(calls.filter((c) => c === 'dictionaryRows')).toHaveLength(1);

    await suggestions.suggestMany(['a']);
    expect(calls.filter((c) => c === 'dictionaryRows')).toHaveLength(1);
    generation = 'g2';
    await suggestions.suggestMany(['a']);
    expect(calls.filter((c) => c === 'dictionaryRows')).toHaveLength(2);
    expect(store.lastBuild?.generation).toBe('g2');
  });

  it('asks whether names changed at most once per interval', async () => {
    const { repository, calls } = fakeRepository(1);
    const store = new NameDictionaryStore(repository, undefined, { checkIntervalMs: 60_000 });
    const suggestions = service(repository, store);
    for (let i = 0; i < 5; i++) await suggestions.suggestMany(['a']);
    // One generation read by the build itself, none since.
    expect(calls.filter((c) => c === 'generation')).toHaveLength(1);
  });
});
