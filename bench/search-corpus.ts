import { cpus } from 'node:os';
import type { PrismaService } from '../src/database/prisma.service.js';
import { Prisma, type PrismaClient } from '../src/generated/prisma/client.js';
import { ArticlesRepository, searchVectorOf } from '../src/modules/articles/editing/articles.repository.js';
import { searchConfigFor } from '../src/modules/articles/blocks/body-text.js';
import { accentedWordsOf } from '../src/modules/articles/publication/publication.repository.js';
import { FAMILY, GIVEN } from './generate.js';

// Body words, most frequent first (drawn with a skewed distribution): "gold" is in nearly
// every story. "world", "cup" and "final" are left out: they come only as the phrase
// "world cup final", placed in 1 story in 50.
const WORDS = (
  'gold race skater lap time medal ice second track record season olympic sprint coach team distance pair start corner finish ' +
  'champion podium silver bronze crowd pace training lane straight opening stadium title victory defeat fastest personal best ' +
  'national selection trials weekend morning afternoon evening rink skate blade glide push rhythm technique strength endurance ' +
  'mass mass-start pursuit relay heat quarterfinal semifinal qualifier ranking points standings leader trailing margin hundredths ' +
  'thousandths clock split opener closer veteran rookie junior senior debut comeback injury recovery knee ankle back illness ' +
  'travel flight hotel village ceremony flag anthem fans tickets broadcast interview press statement federation union sponsor ' +
  'contract salary budget funding equipment suit skinsuit helmet glasses gloves boots frame sharpening wax humidity temperature ' +
  'altitude sea-level outdoor indoor oval venue host city nation country continent europe asia america canada netherlands norway ' +
  'japan china korea italy germany poland czechia'
).split(' ');
const PHRASE = 'world cup final';
const SAMPLE = 50;
// Bodies are strung from a pool of generated sentences: far cheaper than drawing every word
// per row, and 4,096 sentences give every story a different body.
const POOL = 4096;
const SENTENCE_WORDS = 15;

const sql = Prisma.sql;
/** A uniform number in [0, 1) from a row number and a salt: the same data on every run. */
const r = (column: string, salt: Prisma.Sql | number) =>
  sql`((hashint8(${Prisma.raw(column)}::bigint * 4096 + ${salt}) & 2147483647)::float8 / 2147483648)`;
const nameOf = (salt: number) =>
  sql`p.gn[1 + floor(array_length(p.gn, 1) * ${r('g', sql`${salt} + i`)})::int] || ' ' || p.fn[1 + floor(array_length(p.fn, 1) * ${r('g', sql`${salt + 50} + i`)})::int]`;

/** Stories number `from` to `to`: headline and summary name generated athletes; the body holds `bodySentences` sentences. */
function insertStories(prisma: PrismaClient, from: number, to: number, bodySentences: number) {
  const config = searchConfigFor('en');
  // Sentence 1 gives the headline its words, 2 the summary, the rest make the body.
  const sentences = bodySentences + 2;
  const half = 2 + Math.ceil(bodySentences / 2);
  return prisma.$executeRaw`
    WITH p AS (SELECT ${[...GIVEN]}::text[] AS gn, ${[...FAMILY]}::text[] AS fn),
    s AS (
      SELECT g, timestamptz '2026-02-01 12:00Z' - make_interval(mins => g) AS ts,
        (SELECT array_agg(b.t ORDER BY i) FROM generate_series(1, ${sentences}::int) i
           JOIN bench_sentence b ON b.n = 1 + floor(${POOL}::int * ${r('g', sql`i`)})::int) AS body,
        (SELECT array_agg(${nameOf(4000)} ORDER BY i) FROM generate_series(1, 3) i) AS names,
        ${r('g', 4095)} < 0.02 AS phrase
      FROM generate_series(${from}::int, ${to}::int) g, p
    ),
    t AS (
      SELECT g, ts,
        names[1] || ' ' || array_to_string((string_to_array(body[1], ' '))[1:6], ' ') AS headline,
        names[2] || ' and ' || names[3] || ' ' || body[2] || '.' AS summary,
        names[1] || ' ' || array_to_string(body[3:${half}::int], '. ') || CASE WHEN phrase THEN ${` in the ${PHRASE} `} ELSE '. ' END
          || names[2] || ' ' || array_to_string(body[${half}::int + 1:], '. ') || ' ' || names[3] || '.' AS "bodyText"
      FROM s
    )
    INSERT INTO "Article" (id, slug, headline, summary, language, section, tags, status, "publishedAt", "createdAt", "updatedAt", "bodyText", "searchVector")
    SELECT gen_random_uuid(), 'bench-search-' || g, headline, summary, 'en', 'speed-skating', ARRAY['bench-search'], 'PUBLISHED', ts, ts, ts, "bodyText",
      ${searchVectorOf(config)}
    FROM t`;
}

/**
 * The search corpus: `count` published stories (each with its publication, which is what
 * readers search) written by INSERT … SELECT over
 * generate_series (headline and summary naming generated athletes, a body of about
 * `bodyWords` words strung from a pool of generated sentences), their search vectors written
 * in the same INSERT with the expression ArticlesRepository.updateSearchVector uses. Both
 * run as ranges side by side (one per core), with the search vector's GIN index dropped
 * meanwhile and then rebuilt from its own definition. A sample of rows is then rewritten
 * by that repository method itself and must come out unchanged.
 */
export async function generateSearchCorpus(prisma: PrismaClient, count: number, bodyWords: number): Promise<{ verified: number }> {
  const chunks = Math.max(2, cpus().length);
  const ranges = Array.from(
    { length: chunks },
    (_, i) => [Math.floor((count * i) / chunks) + 1, Math.floor((count * (i + 1)) / chunks)] as const,
  );
  await prisma.$executeRaw`CREATE UNLOGGED TABLE bench_sentence (n int PRIMARY KEY, t text NOT NULL)`;
  await prisma.$executeRaw`
    INSERT INTO bench_sentence (n, t)
    SELECT n, (SELECT string_agg(w[1 + floor(array_length(w, 1) * power(${r('n', sql`k`)}, 2.5))::int], ' ' ORDER BY k)
               FROM generate_series(1, ${SENTENCE_WORDS}::int) k)
    FROM generate_series(1, ${POOL}::int) n, (SELECT ${WORDS}::text[] AS w) p`;
  await prisma.$executeRaw`ANALYZE bench_sentence`;
  const indexes = await prisma.$queryRaw<{ name: string; definition: string }[]>`
    SELECT indexname AS name, indexdef AS definition FROM pg_indexes
    WHERE tablename IN ('Article', 'PublicationSearch') AND indexdef LIKE '%"searchVector"%'`;
  for (const index of indexes) await prisma.$executeRawUnsafe(`DROP INDEX "${index.name}"`);

  await Promise.all(ranges.map(([from, to]) => insertStories(prisma, from, to, Math.ceil(bodyWords / SENTENCE_WORDS))));
  // Readers search what is published: each story's publication, as publishing copies it.
  await prisma.$executeRaw`
    INSERT INTO "ArticlePublication" ("articleId", version, slug, headline, summary, language, section, tags, document,
      "bodyText", "publishedAt", "revisedAt")
    SELECT id, version, slug, headline, summary, language, section, tags, '{"blocks": [], "authors": [], "links": []}'::jsonb,
      "bodyText", "publishedAt", "publishedAt"
    FROM "Article" WHERE slug LIKE 'bench-search-%'`;
  await prisma.$executeRaw`
    INSERT INTO "PublicationSearch" ("articleId", "publishedAt", "searchVector", "accentedWords")
    SELECT id, "publishedAt", "searchVector", ${accentedWordsOf(Prisma.sql`"bodyText"`)} FROM "Article" WHERE slug LIKE 'bench-search-%'`;
  for (const index of indexes) await prisma.$executeRawUnsafe(index.definition);
  await prisma.$executeRaw`DROP TABLE bench_sentence`;

  // Proof that the copy matches the service: the repository's own UPDATE changes nothing.
  const repository = new ArticlesRepository(prisma as unknown as PrismaService);
  const step = Math.max(1, Math.floor(count / SAMPLE));
  const slugs = Array.from({ length: Math.min(SAMPLE, count) }, (_, i) => `bench-search-${1 + i * step}`);
  const vectors = () =>
    prisma.$queryRaw<
      { id: string; v: string }[]
    >`SELECT id::text AS id, "searchVector"::text AS v FROM "Article" WHERE slug = ANY(${slugs}::text[]) ORDER BY id`;
  const before = await vectors();
  for (const row of before) await repository.updateSearchVector(prisma, row.id, 'en');
  const after = await vectors();
  if (before.length !== slugs.length || before.some((row) => !row.v) || JSON.stringify(before) !== JSON.stringify(after)) {
    throw new Error('search corpus: the bulk search vectors differ from ArticlesRepository.updateSearchVector');
  }
  return { verified: before.length };
}

export const SEARCH_PHRASE = PHRASE;
export const COMMON_WORD = WORDS[0];
