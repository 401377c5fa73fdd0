import 'reflect-metadata';
import { Prisma } from '../../../src/generated/prisma/client.js';
import type { AppConfig } from '../../../src/config/app-config.js';
import type { RequestContext } from '../../../src/graphql/request-context.js';
import { type PageSource, PageReader } from '../../../src/read-model/page-reader.js';
import type { HeldPage, LookupResult, ReadDocumentsRepository } from '../../../src/read-model/read-documents.repository.js';

const KEY = '01900000-0000-7000-8000-000000000001';

/** A stored story page whose text is about `bytes` long. */
function storedText(bytes: number): string {
  const root = { __typename: 'Article', id: 'A1', headline: 'Gold', summary: 'x'.repeat(bytes) };
  return JSON.stringify({ root: { $ref: 'A1' }, entities: { A1: root } });
}

/** A database that sends the page's text unless the reader says it holds this generation. */
function source(text: string): PageSource & { held: (HeldPage | null)[] } {
  const held: (HeldPage | null)[] = [];
  return {
    held,
    lookup(_kind: string, _keys: Prisma.Sql, holding: HeldPage | null): Promise<LookupResult> {
      held.push(holding);
      const sent = holding?.generation === 1 ? null : text;
      return Promise.resolve({ root: { key: KEY, state: 'FRESH', generation: 1, text: sent }, lookups: [], pages: [] });
    },
    findMany: () => Promise.resolve([]),
  };
}

function reader(heldBytes: number, pages: PageSource): PageReader {
  const config = { readModelHeldBytes: heldBytes } as AppConfig;
  return new PageReader({} as ReadDocumentsRepository, config, pages);
}

const request = () => ({}) as RequestContext;
const bySlug = Prisma.sql`slug = ${'gold'}`;

describe('PageReader: the pages it keeps parsed (READ_MODEL_HELD_MB)', () => {
  it('holds a page within the bound: the next read says so and the text is not sent again', async () => {
    const pages = source(storedText(10_000));
    const pageReader = reader(1024 * 1024, pages);
    const first = await pageReader.one(request(), 'Article', bySlug);
    const second = await pageReader.one(request(), 'Article', bySlug);
    expect(pages.held).toEqual([null, { key: KEY, generation: 1 }]);
    expect(second).toBe(first);
    expect(second).toMatchObject({ __typename: 'Article', headline: 'Gold' });
  });

  it('keeps no page larger than the bound: every read has its text sent and parsed again', async () => {
    const pages = source(storedText(20_000));
    const pageReader = reader(10_000, pages);
    const first = await pageReader.one(request(), 'Article', bySlug);
    const second = await pageReader.one(request(), 'Article', bySlug);
    expect(pages.held).toEqual([null, null]);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });
});
