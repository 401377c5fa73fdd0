import { randomUUID } from 'node:crypto';
import { systemViewer } from '../src/auth/viewer.js';
import { storyServices } from '../src/modules/articles/story-services.js';
import type { PrismaService } from '../src/database/prisma.service.js';
import type { Prisma, PrismaClient } from '../src/generated/prisma/client.js';
import { createValidationPipe } from '../src/graphql/validation.pipe.js';
import { CreateArticleInput } from '../src/modules/articles/dto/article.inputs.js';
import { type Athlete, generateEvents, inBatches } from './generate.js';
import { type StoryMaterial, storyInput } from './story-input.js';

const SEED_VIEWER = systemViewer('seed');

const AGENCIES = [
  { slug: 'bench-getty', name: 'Getty Images', creditFormat: 'Photo by {photographer}/Getty Images' },
  { slug: 'bench-ap', name: 'The Associated Press', creditFormat: 'AP Photo/{photographer}' },
  { slug: 'bench-afp', name: 'AFP via Getty Images', creditFormat: '{photographer}/AFP via Getty Images' },
];
const PHOTOGRAPHERS_PER_AGENCY = 10;
const REPORTERS = 20;
const QUOTES = [
  'I felt strong from the first lap and just kept pushing.',
  'The ice was fast today, and I knew I had to be brave in the last corner.',
  'This is what we train for all summer; I am so happy for the whole team.',
  'I made a small mistake at the start, but the last lap was the best of my season.',
  'Honestly, I did not expect to be this close to the podium.',
  'We will look at the data tonight and come back stronger next week.',
];
const CONCURRENCY = 4;
/** Stories showing one unit's results table, for the correction row. */
export const CORRECTION_STORIES = 100;

/**
 * The story-page workload: for each story an event whose unit has 5 results, 4 quotes by its
 * athletes, 3 photos (caption, alt text, agency, photographer, people shown) written in bulk,
 * then the story itself created and published by ArticlesService, the code the API runs, so
 * its blocks, links, reference index, body text and search vector are what the API stores.
 */
export async function generateStories(prisma: PrismaClient, people: readonly Athlete[], count: number, random: () => number) {
  const spec = {
    key: 'bench-story',
    label: 'Bench Story Cup',
    events: count,
    eventsPerCompetition: 20,
    resultsPerUnit: 5,
    startYear: 2025,
  };
  const { events } = await generateEvents(prisma, people, spec, random);

  const agencies = AGENCIES.map((a) => ({ id: randomUUID(), ...a }));
  await prisma.agency.createMany({ data: agencies });
  const photographers = agencies.flatMap((agency, a) =>
    Array.from({ length: PHOTOGRAPHERS_PER_AGENCY }, (_, i) => ({
      id: randomUUID(),
      slug: `bench-photographer-${a * PHOTOGRAPHERS_PER_AGENCY + i + 1}`,
      name: people[i * 7 + a].displayName,
      agencyId: agency.id,
    })),
  );
  await prisma.photographer.createMany({ data: photographers });
  const reporters = Array.from({ length: REPORTERS }, (_, i) => ({
    id: randomUUID(),
    slug: `bench-reporter-${i + 1}`,
    givenName: 'Reporter',
    familyName: `${i + 1}`,
    displayName: `Reporter ${i + 1}`,
  }));
  await prisma.person.createMany({ data: reporters });

  const quotes: Prisma.QuoteCreateManyInput[] = [];
  const assets: Prisma.MediaAssetCreateManyInput[] = [];
  const creators: Prisma.MediaCreatorCreateManyInput[] = [];
  const shown: Prisma.MediaPersonShownCreateManyInput[] = [];
  const materials: StoryMaterial[] = events.map((event, s) => {
    const eventName = `Bench Story Cup ${Math.floor(s / spec.eventsPerCompetition) + 1} Distance ${(s % spec.eventsPerCompetition) + 1}`;
    const quoteIds = Array.from({ length: 4 }, (_, q) => {
      const id = randomUUID();
      quotes.push({
        id,
        text: QUOTES[(s + q) % QUOTES.length],
        speakerPersonId: event.athletes[q].id,
        context: 'TOLD_REPORTERS',
        language: 'en',
        eventId: event.eventId,
        unitId: event.unitId,
      });
      return id;
    });
    const assetIds = Array.from({ length: 3 }, (_, p) => {
      const id = randomUUID();
      const agency = agencies[(s + p) % agencies.length];
      const [first, second] = [event.athletes[p], event.athletes[(p + 1) % 5]];
      assets.push({
        id,
        url: `https://media.podium.example/bench/${s + 1}-${p + 1}.jpg`,
        mimeType: 'image/jpeg',
        width: 3000,
        height: 2000,
        caption: `${first.displayName} and ${second.displayName} after the ${eventName}.`,
        altText: `${first.displayName} skating in the ${eventName}.`,
        supplierId: agency.id,
        supplierImageId: `bench-${s + 1}-${p + 1}`,
        eventId: event.eventId,
        dateCreated: new Date(Date.UTC(2025, 10, 1)),
        city: 'Heerenveen',
        countryIso2: 'NL',
      });
      const photographer = photographers[((s + p) % agencies.length) * PHOTOGRAPHERS_PER_AGENCY + (s % PHOTOGRAPHERS_PER_AGENCY)];
      creators.push({ assetId: id, photographerId: photographer.id, position: 0 });
      shown.push({ assetId: id, personId: first.id, position: 0 }, { assetId: id, personId: second.id, position: 1 });
      return id;
    });
    const reporterIds = [reporters[s % REPORTERS].id, ...(s % 3 === 0 ? [reporters[(s + 7) % REPORTERS].id] : [])];
    return { eventId: event.eventId, unitId: event.unitId, eventName, athletes: event.athletes, quoteIds, assetIds, reporterIds };
  });
  await inBatches(quotes, (data) => prisma.quote.createMany({ data }));
  await inBatches(assets, (data) => prisma.mediaAsset.createMany({ data }));
  await inBatches(creators, (data) => prisma.mediaCreator.createMany({ data }));
  await inBatches(shown, (data) => prisma.mediaPersonShown.createMany({ data }));

  // The service uses its client for $transaction and reads only, as in the demo seed.
  const client = prisma as unknown as PrismaService;
  const { articles: service, publishing } = storyServices(client);
  const pipe = createValidationPipe();
  const slugs = materials.map((_, s) => `bench-story-${s + 1}`);
  // Besides, stories that all show the first story's unit (its results table), for a correction seen by many pages.
  const correctionSlugs = Array.from({ length: CORRECTION_STORIES }, (_, s) => `bench-correction-${s + 1}`);
  const jobs = [
    ...materials.map((material, s) => ({ material, slug: slugs[s], seed: s })),
    ...correctionSlugs.map((slug, s) => ({ material: materials[0], slug, seed: materials.length + s })),
  ];
  let next = 0;
  const worker = async () => {
    for (let s = next++; s < jobs.length; s = next++) {
      const { material, slug, seed } = jobs[s];
      // The same validation pipe as the API: a mistake here fails with the field's path.
      const input = (await pipe.transform(storyInput(material, slug, seed), {
        type: 'body',
        metatype: CreateArticleInput,
        data: 'input',
      })) as CreateArticleInput;
      const created = await service.create(SEED_VIEWER, input);
      await publishing.publish(SEED_VIEWER, { id: created.id, expectedVersion: created.version });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const listedPeople = [...new Set(materials.flatMap((m) => m.athletes.map((a) => a.slug)))];
  return { slugs, materials, correction: { unitId: materials[0].unitId, slugs: correctionSlugs }, listedPeople };
}
