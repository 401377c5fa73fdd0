// draftAsset against a real database: the registry's agencies, photographers and people
// recognised from the fixtures' metadata.
import { join } from 'node:path';
import type { Prisma, PrismaClient } from '../../src/generated/prisma/client.js';
import { createPrismaClient } from '../../src/database/prisma-client.factory.js';
import { draftAsset, type AssetDraft } from '../../src/modules/media/metadata/asset-draft.js';
import { emptyMetadataFields, type FileMetadata, type MetadataFields } from '../../src/modules/media/metadata/file-metadata.types.js';
import { readFileMetadata } from '../../src/modules/media/metadata/read-file-metadata.js';
import { createTestDatabase } from '../utils/test-database.js';

const fixture = (name: string) => join(process.cwd(), 'test/fixtures/media', name);
const metadataOf = (fields: Partial<MetadataFields>): FileMetadata => ({
  fields: { ...emptyMetadataFields(), ...fields },
  raw: { iptc: null, xmp: null, exif: null },
  warnings: [],
});
const codes = (draft: AssetDraft) => draft.warnings.map((w) => w.code);

class RolledBack extends Error {}

describe('draftAsset', () => {
  let prisma: PrismaClient;
  let drop: (() => Promise<void>) | undefined;
  const ids: Record<string, string> = {};

  /** Runs fn in a transaction that is then rolled back, so a test's extra rows never reach the next. */
  async function inRolledBackTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
    let result: T | undefined;
    await prisma
      .$transaction(async (tx) => {
        result = await fn(tx);
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    return result as T;
  }
  const draft = (metadata: FileMetadata) => inRolledBackTransaction((tx) => draftAsset(tx, metadata));
  const draftFile = async (name: string) => draft(await readFileMetadata(fixture(name)));

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = () => database.drop();
    prisma = createPrismaClient({ url: database.url, poolMax: 2 });
    const agency = (slug: string, name: string, data: Partial<Prisma.AgencyCreateInput> = {}) =>
      prisma.agency.create({ data: { slug, name, creditFormat: `{photographer}/${name}`, ...data } });
    ids.getty = (
      await agency('getty-images', 'Getty Images', { defaultCopyright: '© Getty Images', licensorUrl: 'https://licensing.getty.example' })
    ).id;
    ids.ap = (
      await agency('ap', 'AP', { aliases: ['Associated Press'], defaultCopyright: '© AP', licensorUrl: 'https://licensing.ap.example' })
    ).id;
    ids.afp = (await agency('afp', 'AFP')).id;
    const photographer = (slug: string, name: string, agencyId: string | null, aliases: string[] = []) =>
      prisma.photographer.create({ data: { slug, name, agencyId, aliases } });
    ids.ferraro = (await photographer('giulia-ferraro', 'Giulia Ferraro', ids.getty)).id;
    ids.vogtAp = (await photographer('lena-vogt-ap', 'Lena Vogt', ids.ap)).id;
    ids.vogtGetty = (await photographer('lena-vogt-getty', 'Lena Vogt', ids.getty)).id;
    ids.marchand = (await photographer('j-marchand', 'J. Marchand', ids.afp, ['Julien Marchand'])).id;
    ids.jorgensen = (await photographer('soren-jorgensen', 'Soren Jorgensen', null)).id;
    const person = (slug: string, displayName: string, givenName: string, familyName: string) =>
      prisma.person.create({ data: { slug, displayName, givenName, familyName } });
    ids.leerdam = (await person('jutta-leerdam', 'Jutta Leerdam', 'Jutta', 'Leerdam')).id;
    ids.paul = (await person('jake-paul', 'Jake Paul', 'Jake', 'Paul')).id;
    ids.takagi = (await person('miho-takagi', 'Miho Takagi', 'Miho', 'Takagi')).id;
    await person('chris-smith-1', 'Chris Smith', 'Chris', 'Smith');
    await person('chris-smith-2', 'Chris Smith', 'Chris', 'Smith');
  });

  afterAll(async () => {
    if (!drop) return;
    await prisma.$disconnect();
    await drop();
  });

  it('recognises Getty Images and links the photographer and the person shown', async () => {
    const result = await draftFile('leerdam-celebrates.jpg');
    expect(result.fields).toMatchObject({
      supplierId: ids.getty,
      creditNeedsReview: false,
      creditLine: 'Getty Images',
      copyrightNotice: '2026 Getty Images',
      licensorUrl: 'https://www.gettyimages.example/detail/2261409870',
      creatorNames: ['Giulia Ferraro'],
      personShownNames: ['Jutta Leerdam'],
    });
    expect(result.creatorIds).toEqual([ids.ferraro]);
    expect(result.peopleShownIds).toEqual([ids.leerdam]);
    expect(result.warnings).toEqual([]);
  });

  it("recognises AP, takes the agency's licensor URL when the file has none, and picks the AP photographer of two of one name", async () => {
    const result = await draftFile('paul-in-the-stands.jpg');
    expect(result.fields).toMatchObject({ supplierId: ids.ap, creditNeedsReview: false, licensorUrl: 'https://licensing.ap.example' });
    expect(result.fields.copyrightNotice).toBe('Copyright 2026 The Associated Press. All rights reserved.');
    expect(result.creatorIds).toEqual([ids.vogtAp]);
    expect(result.peopleShownIds).toEqual([ids.paul]);
    expect(result.warnings).toEqual([]);
  });

  it('gives "AFP via Getty Images" to the distributor, Getty Images, keeping AFP as the source; the photographer matches by alias', async () => {
    const result = await draftFile('leerdam-podium.jpg');
    expect(result.fields).toMatchObject({
      supplierId: ids.getty,
      creditNeedsReview: false,
      creditLine: 'AFP via Getty Images',
      source: 'AFP',
    });
    expect(result.creatorIds).toEqual([ids.marchand]);
    expect(result.peopleShownIds).toEqual([ids.leerdam]);
    expect(result.warnings).toEqual([]);
  });

  it('recognises an agency by alias in the source, and a photographer whatever the accents', async () => {
    const result = await draft(metadataOf({ source: 'Associated Press', creatorNames: ['Søren Jørgensen'] }));
    expect(result.fields).toMatchObject({ supplierId: ids.ap, creditNeedsReview: false, copyrightNotice: '© AP' });
    expect(result.creatorIds).toEqual([ids.jorgensen]);
    expect(codes(result)).toEqual([]);
  });

  it('reads the Latin-1 file through to its agency and photographer', async () => {
    const result = await draftFile('latin1-iptc.jpg');
    expect(result.fields).toMatchObject({
      supplierId: ids.ap,
      creatorNames: ['Søren Jørgensen'],
      copyrightNotice: '© 2026 Søren Jørgensen',
    });
    expect(result.creatorIds).toEqual([ids.jorgensen]);
  });

  it('falls back to the agency’s default copyright notice', async () => {
    const result = await draft(metadataOf({ creditLine: 'getty images' }));
    expect(result.fields).toMatchObject({
      supplierId: ids.getty,
      copyrightNotice: '© Getty Images',
      licensorUrl: 'https://licensing.getty.example',
    });
  });

  it('flags an unrecognised credit for review and keeps unmatched names as written, with warnings', async () => {
    const result = await draftFile('unknown-credit.jpg');
    expect(result.fields).toMatchObject({
      supplierId: null,
      creditNeedsReview: true,
      creditLine: 'Local Photo Studio',
      creatorNames: ['Kees Fotograaf'],
    });
    expect(result.creatorIds).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'COUNTRY_CODE_INVALID', field: 'countryIso2' }),
      expect.objectContaining({
        code: 'CREDIT_UNRECOGNISED',
        field: 'creditLine',
        message: expect.stringContaining('"Local Photo Studio"') as string,
      }),
      expect.objectContaining({
        code: 'CREATOR_UNMATCHED',
        field: 'creatorNames',
        message: expect.stringContaining('"Kees Fotograaf"') as string,
      }),
    ]);
  });

  it('warns about a file without any credit, without flagging it for review', async () => {
    const result = await draftFile('no-metadata.jpg');
    expect(result.fields).toMatchObject({ supplierId: null, creditNeedsReview: false, copyrightNotice: null });
    expect(codes(result)).toEqual(['CREDIT_MISSING']);
  });

  it('matches people whatever the case, spacing or name order, and leaves ambiguous and unknown names unlinked', async () => {
    const names = ['TAKAGI  Miho', 'jutta leerdam', 'Chris Smith', '高木美帆'];
    const result = await draft(metadataOf({ creditLine: 'AP', personShownNames: names }));
    expect(result.peopleShownIds).toEqual([ids.takagi, ids.leerdam]);
    expect(result.fields.personShownNames).toEqual(names);
    expect(codes(result)).toEqual(['PERSON_AMBIGUOUS', 'PERSON_UNMATCHED']);
  });

  it('leaves a name two photographers share unlinked when neither works for the supplier', async () => {
    const result = await draft(metadataOf({ creditLine: 'AFP', creatorNames: ['Lena Vogt'] }));
    expect(result.creatorIds).toEqual([]);
    expect(codes(result)).toEqual(['CREATOR_AMBIGUOUS']);
  });

  it('asks the database the same number of times for one name as for twenty', async () => {
    const calls = async (metadata: FileMetadata) =>
      inRolledBackTransaction(async (tx) => {
        const counter = countingCalls(tx);
        await draftAsset(counter.tx, metadata);
        return counter.count();
      });
    const one = await calls(metadataOf({ creditLine: 'AP', creatorNames: ['A'], personShownNames: ['P'] }));
    const many = await calls(
      metadataOf({
        creditLine: 'AP',
        creatorNames: ['A', 'B', 'C', 'D'],
        personShownNames: Array.from({ length: 20 }, (_, i) => `P ${i}`),
      }),
    );
    expect(one).toBe(3);
    expect(many).toBe(one);
  });
});

/** The transaction client with every query method of it (and of its models) counted. */
function countingCalls(tx: Prisma.TransactionClient) {
  let count = 0;
  const counted = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof value === 'function') {
          return (...args: unknown[]) => {
            count++;
            return (value as (...a: unknown[]) => unknown).apply(object, args);
          };
        }
        return value && typeof value === 'object' ? counted(value) : value;
      },
    });
  return { tx: counted(tx), count: () => count };
}
