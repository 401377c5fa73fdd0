// Builds stories, quotes and photos for the articles list, search and JSON-LD e2e tests,
// through the same mutations an editor's client uses.
import { globalId } from '../utils/ids.js';
import type { TestApp } from '../utils/test-app.js';

export interface Sports {
  person: Record<string, string>;
  /** competition slug → its women's 1000 m event and final unit */
  event: Record<string, { eventId: string; unitId: string }>;
}

export async function sportsIds(api: TestApp): Promise<Sports> {
  const people = await api.prisma.person.findMany({ select: { id: true, slug: true } });
  const units = await api.prisma.unit.findMany({
    select: { id: true, phase: { select: { eventId: true, event: { select: { competition: { select: { slug: true } } } } } } },
  });
  return {
    person: Object.fromEntries(people.map((p) => [p.slug, globalId('Person', p.id)])),
    event: Object.fromEntries(
      units.map((u) => [u.phase.event.competition.slug, { eventId: globalId('Event', u.phase.eventId), unitId: globalId('Unit', u.id) }]),
    ),
  };
}

/** Runs a mutation and returns its single field, failing the test on any error. */
export async function mutate<T = any>(api: TestApp, query: string, input: Record<string, unknown>): Promise<T> {
  const response = await api.gql(query, { input });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return Object.values(response.data!)[0] as T;
}

export const createPerson = (api: TestApp, displayName: string) =>
  mutate<{ id: string; slug: string }>(api, `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id slug } }`, {
    displayName,
  });

export const createQuote = (api: TestApp, speakerPersonId: string, text: string) =>
  mutate<{ id: string }>(api, `mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id } }`, {
    text,
    speakerPersonId,
    context: 'TOLD_REPORTERS',
  });

export async function createPhotoCredits(api: TestApp) {
  const agency = await mutate<{ id: string }>(api, `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
    name: 'Test Pictures Agency',
    creditFormat: 'Photo by {photographer}/Test Pictures',
  });
  const photographer = await mutate<{ id: string }>(
    api,
    `mutation($input: CreatePhotographerInput!) { createPhotographer(input: $input) { id } }`,
    {
      name: 'Pat Lens',
      agencyId: agency.id,
    },
  );
  return { agencyId: agency.id, photographerId: photographer.id };
}

export const createPhoto = (api: TestApp, n: number, peopleShownIds: string[], credits: { agencyId: string; photographerId: string }) =>
  mutate<{ id: string }>(api, `mutation($input: CreateMediaAssetInput!) { createMediaAsset(input: $input) { id } }`, {
    url: `https://img.podium.test/${n}.jpg`,
    mimeType: 'image/jpeg',
    width: 3000,
    height: 2000,
    caption: `Test photo ${n}`,
    altText: `Test photo ${n}`,
    copyrightNotice: '© 2026 Test Pictures',
    webStatement: 'https://pictures.test/rights',
    licensorUrl: `https://pictures.test/license/${n}`,
    supplierId: credits.agencyId,
    creatorIds: [credits.photographerId],
    peopleShownIds,
  });

/** A paragraph block whose text mentions the given people, each by the first occurrence of their name. */
export function paragraph(text: string, mentions: Record<string, string> = {}) {
  return {
    type: 'PARAGRAPH',
    paragraph: {
      text,
      mentions: Object.entries(mentions).map(([name, targetId]) => {
        const start = text.indexOf(name);
        if (start < 0) throw new Error(`"${name}" is not in "${text}"`);
        return { start, end: start + name.length, targetType: 'PERSON', targetId };
      }),
    },
  };
}

export const quoteBlock = (quoteId: string) => ({ type: 'QUOTE', quote: { quoteId } });
export const imageBlock = (assetId: string) => ({ type: 'IMAGE', image: { assetId } });
export const unitResults = (unitId: string) => ({ type: 'RESULTS_TABLE', resultsTable: { unitId } });
export const eventStandings = (eventId: string) => ({ type: 'RESULTS_TABLE', resultsTable: { eventId } });
export const link = (relation: 'ABOUT' | 'MENTIONS', targetType: string, targetId: string) => ({ relation, targetType, targetId });

/** Creates a story and, unless `draft`, publishes it; returns its id and slug. */
export async function story(api: TestApp, input: Record<string, unknown>, options: { draft?: boolean } = {}) {
  const created = await mutate<{ id: string; slug: string; version: number }>(
    api,
    `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id slug version } }`,
    { language: 'en', section: 'speed-skating', ...input },
  );
  if (!options.draft) {
    await mutate(api, `mutation($input: ArticleVersionInput!) { publishArticle(input: $input) { id } }`, {
      id: created.id,
      expectedVersion: created.version,
    });
  }
  return { id: created.id, slug: created.slug };
}

/** The slugs of a connection's or list's stories, in order. */
export function slugs(list: { edges: { node: { slug: string } }[] } | { slug: string }[]): string[] {
  return Array.isArray(list) ? list.map((a) => a.slug) : list.edges.map((e) => e.node.slug);
}
