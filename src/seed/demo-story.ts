import { isDeepStrictEqual } from 'node:util';
import { systemViewer } from '../auth/viewer.js';
import { storyServices } from '../modules/articles/story-services.js';
import { required } from '../common/required.js';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { createValidationPipe } from '../graphql/validation.pipe.js';
import { normalizeBlocks } from '../modules/articles/blocks/normalize-blocks.js';
import { CreateArticleInput } from '../modules/articles/dto/article.inputs.js';
import type { PrismaService } from '../database/prisma.service.js';
import {
  AGENCIES,
  apiIds,
  PHOTO_LOCATION,
  PHOTOS,
  POSTS,
  type PostKey,
  type PhotoKey,
  QUOTES,
  type QuoteKey,
  STORY_SLUG,
  type StoryIds,
} from './demo-story.data.js';
import { storyInput } from './demo-story.input.js';
import type { SeedClient, SeedLog } from './seed-client.js';

const SEED_VIEWER = systemViewer('seed');

export interface DemoStorySummary {
  agencies: number;
  assets: number;
  quotes: number;
  posts: number;
  story: 'created' | 'updated' | 'unchanged';
}

const RECURRING_KEY = 'SSK-W-1000M';
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

/**
 * The demo story on top of the demo sports graph. Credits, photos, posts and quotes are
 * upserted by natural keys in one transaction; the story itself is then written by
 * ArticlesService, the code the API runs, so its blocks, reference index and search
 * vector are exactly what a createArticle/updateArticle would store. A second run finds
 * everything unchanged and writes nothing.
 */
export async function seedDemoStory(prisma: PrismaClient, log: SeedLog = () => {}): Promise<DemoStorySummary> {
  const ids = await prisma.$transaction((tx) => seedStoryMaterial(tx), TRANSACTION_OPTIONS);
  const story = await writeStory(prisma, ids);
  const summary = { agencies: AGENCIES.length, assets: PHOTOS.length, quotes: QUOTES.length, posts: POSTS.length, story };
  log(`demo story: ${JSON.stringify(summary)}`);
  return summary;
}

async function seedStoryMaterial(db: SeedClient): Promise<StoryIds> {
  const sports = await sportsIds(db);
  const agencyIds = new Map<string, string>();
  for (const { slug, ...agency } of AGENCIES) {
    const data = {
      ...agency,
      aliases: 'aliases' in agency ? [...agency.aliases] : [],
      matchPatterns: 'matchPatterns' in agency ? [...agency.matchPatterns] : [],
    };
    const { id } = await db.agency.upsert({ where: { slug }, create: { slug, ...data }, update: data, select: { id: true } });
    agencyIds.set(slug, id);
  }

  const assets = {} as Record<PhotoKey, string>;
  for (const { key, supplier, supplierImageId, peopleShown, ...fields } of PHOTOS) {
    const supplierId = required(agencyIds.get(supplier), `agency ${supplier}`);
    const data = { ...fields, ...PHOTO_LOCATION, supplierId, supplierImageId, eventId: sports.event2026 };
    const { id } = await db.mediaAsset.upsert({
      where: { supplierId_supplierImageId: { supplierId, supplierImageId } },
      create: data,
      update: data,
      select: { id: true },
    });
    await db.mediaPersonShown.deleteMany({ where: { assetId: id } });
    await db.mediaPersonShown.createMany({
      data: peopleShown.map((slug, position) => ({ assetId: id, personId: person(sports, slug), position })),
    });
    assets[key] = id;
  }

  const posts = {} as Record<PostKey, string>;
  for (const { key, author, ...fields } of POSTS) {
    const data = { ...fields, authorPersonId: person(sports, author) };
    posts[key] = (await db.socialPost.upsert({ where: { url: fields.url }, create: data, update: data, select: { id: true } })).id;
  }

  const quotes = {} as Record<QuoteKey, string>;
  for (const { key, speaker, aboutFinal, post, ...fields } of QUOTES) {
    const speakerPersonId = person(sports, speaker);
    const postId = post ? posts[post] : null;
    const data = {
      ...fields,
      speakerPersonId,
      language: 'en',
      unitId: aboutFinal ? sports.unit2026 : null,
      eventId: aboutFinal ? sports.event2026 : null,
      socialPostId: postId,
      saidAt: post
        ? required(
            POSTS.find((p) => p.key === post),
            `post ${post}`,
          ).postedAt
        : null,
    } satisfies Prisma.QuoteUncheckedCreateInput;
    // Quotes have no unique key in the schema; speaker and words identify the demo's.
    const existing = await db.quote.findFirst({ where: { speakerPersonId, text: fields.text }, select: { id: true } });
    quotes[key] = existing
      ? (await db.quote.update({ where: { id: existing.id }, data, select: { id: true } })).id
      : (await db.quote.create({ data, select: { id: true } })).id;
  }
  return { ...sports, quotes, posts, assets };
}

type SportsIds = Omit<StoryIds, 'quotes' | 'posts' | 'assets'>;

async function sportsIds(db: SeedClient): Promise<SportsIds> {
  const people = await db.person.findMany({
    select: { id: true, slug: true },
    where: { slug: { in: [...new Set(QUOTES.map((q) => q.speaker)), 'brittany-bowe', 'erin-jackson', 'miho-takagi'] } },
  });
  const competitions = await db.competition.findMany({
    where: { slug: { in: ['milano-cortina-2026', 'beijing-2022'] } },
    select: { id: true, slug: true },
  });
  const finalOf = (slug: string) =>
    db.unit.findFirstOrThrow({
      where: { order: 1, phase: { order: 1, event: { recurringKey: RECURRING_KEY, competition: { slug } } } },
      select: {
        id: true,
        venueId: true,
        phase: { select: { eventId: true } },
        results: { select: { id: true, competitor: { select: { person: { select: { slug: true } } } } } },
      },
    });
  const [final2026, final2022] = await Promise.all([finalOf('milano-cortina-2026'), finalOf('beijing-2022')]);
  const resultOf = (unit: typeof final2026, slug: string) => unit.results.find((r) => r.competitor.person?.slug === slug)?.id;
  const ids = {
    people: Object.fromEntries(people.map((p) => [p.slug, p.id])),
    competitions: Object.fromEntries(competitions.map((c) => [c.slug, c.id])),
    event2026: final2026.phase.eventId,
    unit2026: final2026.id,
    venue: final2026.venueId,
    leerdamResult2026: resultOf(final2026, 'jutta-leerdam'),
    takagiResult2022: resultOf(final2022, 'miho-takagi'),
  };
  if (!ids.venue || !ids.leerdamResult2026 || !ids.takagiResult2022) throw new Error('demo story: seed the demo sports data first');
  return ids as SportsIds;
}

function person(ids: SportsIds, slug: string): string {
  const id = ids.people[slug];
  if (!id) throw new Error(`demo story: unknown person "${slug}"`);
  return id;
}

async function writeStory(prisma: PrismaClient, ids: StoryIds): Promise<DemoStorySummary['story']> {
  // The service uses its client only for $transaction and reads, which a plain PrismaClient
  // has; PrismaService adds the statement counter and lifecycle hooks the seed does not need.
  const client = prisma as unknown as PrismaService;
  const { articles: service, publishing } = storyServices(client);
  // The same pipe as the API: a data mistake fails here, with the field's path, not later.
  const input = (await createValidationPipe().transform(storyInput(apiIds(ids)), {
    type: 'body',
    metatype: CreateArticleInput,
    data: 'input',
  })) as CreateArticleInput;

  const existing = await prisma.article.findUnique({
    where: { slug: STORY_SLUG },
    include: { blocks: { orderBy: { position: 'asc' } }, links: { orderBy: { position: 'asc' } } },
  });
  if (!existing) {
    const created = await service.create(SEED_VIEWER, input);
    await publishing.publish(SEED_VIEWER, { id: created.id, expectedVersion: created.version });
    return 'created';
  }
  if (existing.status === 'PUBLISHED' && isDeepStrictEqual(stored(existing), wanted(input))) return 'unchanged';
  const { slug: _slug, ...content } = input;
  const updated = await service.update(SEED_VIEWER, { ...content, id: existing.id, expectedVersion: existing.version });
  // Readers see the published snapshot: the new text reaches them when it is published again.
  await publishing.publish(SEED_VIEWER, { id: updated.id, expectedVersion: updated.version });
  return 'updated';
}

type StoredStory = Prisma.ArticleGetPayload<{ include: { blocks: true; links: true } }>;

/** The parts of a story the seed writes, as plain JSON so stored and wanted compare key-order free. */
function stored(article: StoredStory) {
  return plain({
    scalars: [
      article.headline,
      article.summary,
      article.language,
      article.section,
      article.tags,
      article.datelinePlace,
      article.datelineDate,
    ],
    blocks: article.blocks.map(({ type, position, data }) => ({ type, position, data })),
    links: article.links.map(({ relation, targetType, targetId }) => ({ relation, targetType, targetId })),
  });
}

function wanted(input: CreateArticleInput) {
  return plain({
    scalars: [input.headline, input.summary, input.language, input.section, input.tags, input.dateline?.place, input.dateline?.date],
    blocks: normalizeBlocks(input.blocks ?? []).blocks,
    links: (input.links ?? []).map(({ relation, targetType, targetId }) => ({ relation, targetType, targetId })),
  });
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
