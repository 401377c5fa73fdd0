// Child process of the benchmark: mention suggestions for a 1,000-word story against a database of
// (at least) `people` people. Builds the name dictionary as the server does (timed, its retained
// memory measured after a full garbage collection), then times the service call and the matching
// alone over `runs` calls, counting the service's statements.
import { Logger } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { systemViewer } from '../src/auth/viewer.js';
import type { PrismaService } from '../src/database/prisma.service.js';
import { createPgAdapter } from '../src/database/prisma-client.factory.js';
import { type Prisma, PrismaClient } from '../src/generated/prisma/client.js';
import { storyServices } from '../src/modules/articles/story-services.js';
import { NameDictionaryStore } from '../src/modules/mention-suggestions/dictionary/name-dictionary.store.js';
import { evaluate, loadEvaluationSet } from '../src/modules/mention-suggestions/evaluation/evaluate.js';
import { suggestMentions } from '../src/modules/mention-suggestions/matching/suggest.js';
import { MentionSuggestionsRepository } from '../src/modules/mention-suggestions/mention-suggestions.repository.js';
import { MentionSuggestionsService, paragraphTexts, storyContext } from '../src/modules/mention-suggestions/mention-suggestions.service.js';
import { readInput, respond } from './child.js';
import { FAMILY, GIVEN, inBatches, mulberry32 } from './generate.js';
import { percentile } from './load.js';

export interface MentionBenchRequest {
  url: string;
  people: number;
  runs: number;
  words: number;
}

export interface Timings {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
}

export interface MentionBenchResult {
  people: number;
  generatedPeople: number;
  names: number;
  automata: number;
  buildMs: number;
  /** Of which reading the names from the database (measured on its own). */
  loadMs: number;
  /** Heap and external memory (typed arrays included) the built dictionary keeps: in use with it, less in use without it, after full GCs. */
  dictionaryBytes: number;
  words: number;
  suggestions: number;
  service: Timings;
  matching: Timings;
  statementsPerCall: number;
  evaluation: { precision: number; recall: number; sentences: number; expected: number };
}

const SLUG_PREFIX = 'bench-mention-';
const SYLLABLES = [
  'ber',
  'gen',
  'dal',
  'ho',
  'ka',
  'lin',
  'mar',
  'ne',
  'ros',
  'sen',
  'ta',
  'vik',
  'wa',
  'ze',
  'bru',
  'cor',
  'dø',
  'el',
  'fjell',
  'gaard',
  'hei',
  'jans',
  'kle',
  'lø',
  'mo',
  'nie',
  'ost',
  'pel',
  'qui',
  'ru',
  'sta',
  'tor',
  'ul',
  'ver',
  'wes',
  'yo',
  'zan',
  'ström',
  'mü',
  'lé',
];
const FILLER = `the race pair lap opener final skater time ice crowd medal podium coach season record lane start finish seconds
  second third fourth fifth quick slow strong tired faster winner title champion team favourite afternoon evening Monday stadium
  fans orange Dutch she he her his they after before with against ahead behind through over under while when as and but then`.split(/\s+/);

const gc = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();
const retained = () => {
  gc();
  const memory = process.memoryUsage();
  // `external` includes the typed arrays' buffers (arrayBuffers).
  return memory.heapUsed + memory.external;
};

// stdout carries the result: the store's log line must not go there.
Logger.overrideLogger(false);
const { url, people, runs, words } = await readInput<MentionBenchRequest>();
const prisma = new PrismaClient({
  adapter: createPgAdapter({ url, poolMax: 4, statementTimeoutMs: 600_000 }),
  log: [{ emit: 'event', level: 'query' }],
});
let statements = 0;
// The client's type does not carry the log option; the event is there at run time.
(prisma as unknown as { $on(event: 'query', listener: () => void): void }).$on('query', () => {
  statements += 1;
});
const client = prisma as unknown as PrismaService;

try {
  const random = mulberry32(1000);
  const generatedPeople = await ensurePeople(people, random);
  // The story names generated people, or any when the database already had enough.
  const castOf = (where: Prisma.PersonWhereInput) =>
    prisma.person.findMany({
      where,
      select: { id: true, givenName: true, familyName: true, displayName: true },
      take: 40,
      orderBy: { slug: 'asc' },
    });
  const generated = await castOf({ slug: { startsWith: SLUG_PREFIX } });
  const cast = generated.length === 40 ? generated : await castOf({});
  const storyId = await createStory(cast, random);

  const measured = await measure(storyId);
  // What the dictionary keeps: the memory in use while it was alive, less the memory once nothing refers to it.
  const dictionaryBytes = measured.withDictionary - retained();
  const evaluation = await evaluate(await loadEvaluationSet());
  const { withDictionary: _alive, ...figures } = measured;
  respond({
    ...figures,
    generatedPeople,
    dictionaryBytes,
    evaluation: {
      precision: evaluation.precision,
      recall: evaluation.recall,
      sentences: evaluation.sentences,
      expected: evaluation.expected,
    },
  } satisfies MentionBenchResult);
} finally {
  await prisma.$disconnect();
}

/** Builds the dictionary as the server does and times the service and the matching; the dictionary is gone when it returns. */
async function measure(storyId: string) {
  const repository = new MentionSuggestionsRepository(client);
  const store = new NameDictionaryStore(repository, undefined, { checkIntervalMs: 60_000 });
  const service = new MentionSuggestionsService(repository, store, storyServices(client).articles);
  await prisma.$queryRaw`SELECT 1`;
  // The rows alone, read once more than the build does, to tell reading from building.
  const loadStarted = performance.now();
  await repository.dictionaryRows();
  const loadMs = performance.now() - loadStarted;
  const started = performance.now();
  const dictionary = await store.current();
  const buildMs = performance.now() - started;

  // Warm-up: the first calls compile the matcher's code paths.
  for (let i = 0; i < 10; i++) await service.suggestMany([storyId]);
  const serviceTimes: number[] = [];
  const statementsBefore = statements;
  let suggestions = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const [list] = await service.suggestMany([storyId]);
    serviceTimes.push(performance.now() - start);
    suggestions = list.length;
  }
  const statementsPerCall = (statements - statementsBefore) / runs;

  const [blocks, contexts] = await Promise.all([repository.paragraphs([storyId]), repository.contexts([storyId])]);
  const context = storyContext(contexts);
  const paragraphs = paragraphTexts(blocks);
  const matchingTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    suggestMentions(dictionary, context, paragraphs);
    matchingTimes.push(performance.now() - start);
  }
  const withDictionary = retained();
  return {
    people: dictionary.counts.PERSON,
    names: dictionary.counts.keys,
    automata: dictionary.shardCount,
    buildMs,
    loadMs,
    withDictionary,
    words: paragraphs.reduce((sum, p) => sum + p.text.split(/\s+/).length, 0),
    suggestions,
    service: timings(serviceTimes),
    matching: timings(matchingTimes),
    statementsPerCall,
  };
}

function timings(values: number[]): Timings {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    p99Ms: percentile(sorted, 0.99),
    meanMs: values.reduce((sum, v) => sum + v, 0) / values.length,
  };
}

/**
 * People up to `count` in all, those missing generated with names that are mostly distinct (a
 * given name of bench/generate.ts and a family name of two or three syllables, some with
 * diacritics), some written family name first, some with an alias: the dictionary holds about
 * as many names as people, as it would for a real archive.
 */
async function ensurePeople(count: number, random: () => number): Promise<number> {
  const existing = await prisma.person.count();
  const start = await prisma.person.count({ where: { slug: { startsWith: SLUG_PREFIX } } });
  const missing = Math.max(0, count - existing);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const family = () => {
    const parts = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
    return parts[0].toUpperCase() + parts.slice(1);
  };
  const rows = Array.from({ length: missing }, (_, i): Prisma.PersonCreateManyInput => {
    const givenName = pick(GIVEN);
    const familyName = random() < 0.05 ? pick(FAMILY) : family();
    const familyFirst = random() < 0.05;
    return {
      slug: `${SLUG_PREFIX}${String(start + i + 1).padStart(6, '0')}`,
      givenName,
      familyName,
      displayName: familyFirst ? `${familyName} ${givenName}` : `${givenName} ${familyName}`,
      nameOrder: familyFirst ? 'FAMILY_GIVEN' : 'GIVEN_FAMILY',
      aliases: random() < 0.05 ? [`${givenName[0]}. ${familyName}`] : [],
    };
  });
  await inBatches(rows, (data) => prisma.person.createMany({ data }));
  return missing;
}

/** A story of `words` words in paragraphs of 100: 40 people named in full, then by family name, every 12 words among filler words. */
async function createStory(
  cast: { id: string; givenName: string | null; familyName: string | null; displayName: string }[],
  random: () => number,
) {
  const paragraphs: string[] = [];
  let written = 0;
  let next = 0;
  while (written < words) {
    const parts: string[] = [];
    for (let w = 0; w < 100 && written < words;) {
      if (w % 12 === 5 && cast.length) {
        const person = cast[next % cast.length];
        const full = next < cast.length;
        next++;
        const name = full ? person.displayName : (person.familyName ?? person.displayName);
        parts.push(name);
        w += name.split(' ').length;
      } else {
        parts.push(FILLER[Math.floor(random() * FILLER.length)]);
        w++;
      }
    }
    const count = parts.join(' ').split(' ').length;
    written += count;
    paragraphs.push(`${parts.join(' ')}.`);
  }
  const { articles } = storyServices(client);
  const created = await articles.create(systemViewer('bench'), {
    headline: `Mention suggestions bench ${Date.now()}`,
    blocks: paragraphs.map((text) => ({ type: 'PARAGRAPH', paragraph: { text } })),
    links: cast.slice(0, 5).map((person) => ({ relation: 'ABOUT', targetType: 'PERSON', targetId: person.id })),
  });
  return created.id;
}
