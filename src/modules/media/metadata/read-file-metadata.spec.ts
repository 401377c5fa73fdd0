import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyMetadataFields, type MetadataFields } from './file-metadata.types.js';
import { readFileMetadata } from './read-file-metadata.js';

const fixture = (name: string) => join(process.cwd(), 'test/fixtures/media', name);

const RACE_DAY = {
  dateCreated: new Date('2026-02-09T15:42:10Z'),
  city: 'Milan',
  countryIso2: 'IT',
  eventName: "Milano Cortina 2026 Olympic Winter Games - Speed Skating, Women's 1000m",
};

const REFERENCE_PHOTOS: [string, MetadataFields][] = [
  [
    'leerdam-celebrates.jpg',
    {
      ...RACE_DAY,
      caption:
        "MILAN, ITALY - FEBRUARY 09: Jutta Leerdam of Team Netherlands celebrates her Olympic record in the Women's 1000m on day three of the Milano Cortina 2026 Olympic Winter Games at Milano Speed Skating Stadium on February 09, 2026 in Milan, Italy.",
      headline: 'Speed Skating - Milano Cortina 2026: Day 3',
      captionWriter: 'GF/MM',
      altText: "Speed skater Jutta Leerdam celebrating on the ice after setting an Olympic record in the women's 1000 metres.",
      creatorNames: ['Giulia Ferraro'],
      creditLine: 'Getty Images',
      copyrightNotice: '2026 Getty Images',
      source: 'Getty Images Europe',
      instructions: 'Editorial use only.',
      usageTerms: 'Editorial use only. No commercial or promotional use.',
      webStatement: 'https://licensing.gettyimages.example/editorial-terms',
      licensorUrl: 'https://www.gettyimages.example/detail/2261409870',
      personShownNames: ['Jutta Leerdam'],
      supplierImageId: '2261409870',
    },
  ],
  [
    'paul-in-the-stands.jpg',
    {
      ...RACE_DAY,
      caption:
        "Jake Paul, center, is in tears in the stands after his fiancee, Jutta Leerdam of the Netherlands, won the women's 1,000 meters speed skating race at the 2026 Winter Olympics in Milan, Italy, Monday, Feb. 9, 2026.",
      headline: 'Milan Olympics Speed Skating',
      captionWriter: 'LV',
      altText: 'Jake Paul crying among spectators in the stands of the speed skating venue in Milan.',
      creatorNames: ['Lena Vogt'],
      creditLine: 'AP',
      copyrightNotice: 'Copyright 2026 The Associated Press. All rights reserved.',
      source: 'AP',
      instructions: 'FOR EDITORIAL USE ONLY',
      usageTerms: 'Editorial use only.',
      webStatement: 'https://newsroom.ap.example/terms',
      licensorUrl: null,
      personShownNames: ['Jake Paul'],
      supplierImageId: '6f1d2c3b4a5948e7b0c1d2e3f4a5b6c7',
    },
  ],
  [
    'leerdam-podium.jpg',
    {
      ...RACE_DAY,
      caption:
        "Gold medallist Netherlands' Jutta Leerdam stands on the podium at the end of the women's 1000m speed skating event at the Milano Speed Skating Stadium in Milan during the Milano Cortina 2026 Winter Olympic Games on February 9, 2026.",
      headline: 'SSKATING-OLY-2026-MILANO CORTINA',
      captionWriter: 'JM/DS',
      altText: "Jutta Leerdam on the top step of the podium after the women's 1000 metres.",
      creatorNames: ['Julien Marchand'],
      creditLine: 'AFP via Getty Images',
      copyrightNotice: 'AFP or licensors',
      source: 'AFP',
      instructions: 'RESTRICTED TO EDITORIAL USE',
      usageTerms: 'Editorial use only.',
      webStatement: 'https://www.afp.example/en/terms',
      licensorUrl: null,
      personShownNames: ['Jutta Leerdam'],
      supplierImageId: 'AFP_39XK7P2',
    },
  ],
];

describe('readFileMetadata', () => {
  it.each(REFERENCE_PHOTOS)('reads every IPTC field of %s', async (file, expected) => {
    const { fields, warnings } = await readFileMetadata(fixture(file));
    expect(fields).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it('decodes ISO-8859-1 IIM written without a CodedCharacterSet, and turns an alpha-3 country code into alpha-2', async () => {
    const { fields, warnings } = await readFileMetadata(fixture('latin1-iptc.jpg'));
    expect(fields).toEqual({
      ...emptyMetadataFields(),
      caption: 'Supporters of TSV Müllerdorf cheer at the Olympiapark in München.',
      headline: 'Fußball in München',
      creatorNames: ['Søren Jørgensen'],
      creditLine: 'AP',
      source: 'Associated Press',
      copyrightNotice: '© 2026 Søren Jørgensen',
      city: 'München',
      countryIso2: 'DE',
      dateCreated: new Date('2026-03-14T00:00:00Z'),
    });
    expect(warnings).toEqual([]);
  });

  it('reads UTF-8 XMP: lists in order, the x-default of a language alternative, a lower-case country code', async () => {
    const { fields, raw } = await readFileMetadata(fixture('xmp-utf8-only.jpg'));
    expect(fields).toEqual({
      ...emptyMetadataFields(),
      caption: "Miho Takagi (高木美帆) of Japan skates to bronze in the women's 1000m.",
      headline: 'Takagi: brons op de 1000 m – één seconde achter',
      creatorNames: ['Zoë Ångström', 'Chloé Dubois'],
      creditLine: 'Getty Images',
      source: 'Getty Images',
      copyrightNotice: '© 2026 Getty Images',
      city: 'Milano',
      countryIso2: 'IT',
      personShownNames: ['Miho Takagi', '高木美帆'],
      dateCreated: new Date('2026-02-09T00:00:00Z'),
    });
    expect(raw.iptc).toBeNull();
    expect(raw.xmp?.['dc:description']).toEqual({
      'x-default': "Miho Takagi (高木美帆) of Japan skates to bronze in the women's 1000m.",
      nl: 'Miho Takagi uit Japan schaatst naar brons op de 1000 meter.',
    });
  });

  it('takes XMP over IIM field by field, and IIM (UTF-8 here) where XMP is silent', async () => {
    const { fields, raw } = await readFileMetadata(fixture('xmp-over-iim.jpg'));
    expect(fields).toEqual({
      ...emptyMetadataFields(),
      headline: 'Headline from XMP',
      creditLine: 'Getty Images',
      creatorNames: ['Xmp Photographer'],
      caption: 'Caption only in IIM, in UTF-8: Zoë skates in Zürich.',
    });
    expect(raw.iptc).toMatchObject({ Headline: 'Headline from IIM', Credit: 'AP', Byline: 'Iim Photographer' });
  });

  it('keeps an unknown credit as written and refuses a country code that is not one', async () => {
    const { fields, warnings } = await readFileMetadata(fixture('unknown-credit.jpg'));
    expect(fields).toEqual({
      ...emptyMetadataFields(),
      caption: 'Club photo of the under-12 team.',
      creatorNames: ['Kees Fotograaf'],
      creditLine: 'Local Photo Studio',
    });
    expect(warnings).toEqual([expect.objectContaining({ code: 'COUNTRY_CODE_INVALID', field: 'countryIso2' })]);
  });

  it('gives empty fields, no raw blocks and no warning for a file without metadata', async () => {
    await expect(readFileMetadata(fixture('no-metadata.jpg'))).resolves.toEqual({
      fields: emptyMetadataFields(),
      raw: { iptc: null, xmp: null, exif: null },
      warnings: [],
    });
  });

  it('warns about XMP that is not well-formed instead of failing', async () => {
    const { fields, warnings } = await readFileMetadata(fixture('malformed-xmp.jpg'));
    expect(fields).toEqual(emptyMetadataFields());
    expect(warnings).toEqual([expect.objectContaining({ code: 'XMP_MALFORMED' })]);
  });

  it.each([
    ['xmp.png', { caption: 'A PNG with XMP.', creditLine: 'AP', creatorNames: ['Lena Vogt'], personShownNames: ['Jake Paul'] }],
    [
      'xmp.webp',
      {
        caption: 'A WebP with XMP.',
        creditLine: 'AFP via Getty Images',
        source: 'AFP',
        creatorNames: ['Julien Marchand'],
        personShownNames: ['Jutta Leerdam'],
      },
    ],
  ])('reads the XMP of %s', async (file, expected) => {
    const { fields, warnings } = await readFileMetadata(fixture(file));
    expect(fields).toEqual({ ...emptyMetadataFields(), ...expected });
    expect(warnings).toEqual([]);
  });

  it('keeps raw metadata JSON-safe: no binary, text as decoded, dates as written', async () => {
    const { raw } = await readFileMetadata(fixture('leerdam-celebrates.jpg'));
    expect(raw.exif).toMatchObject({
      Artist: 'Giulia Ferraro',
      DateTimeOriginal: '2026:02:09 16:42:10',
      OffsetTimeOriginal: '+01:00',
      ExifVersion: '(4 bytes)',
    });
    expect(raw.iptc).toMatchObject({ Byline: 'Giulia Ferraro', CountryCode: 'ITA', DateCreated: '20260209', TimeCreated: '164210+0100' });
    expect(raw.iptc).not.toHaveProperty('ApplicationRecordVersion');
    expect(raw.xmp).toMatchObject({
      'plus:ImageSupplierImageID': '2261409870',
      'plus:Licensor': [{ 'plus:LicensorURL': 'https://www.gettyimages.example/detail/2261409870' }],
    });
    expect(JSON.parse(JSON.stringify(raw))).toEqual(raw);
  });

  describe('files that are not what they claim', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'file-metadata-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('warns, without failing, about a file that is no image', async () => {
      const path = join(dir, 'notes.jpg');
      await writeFile(path, 'just some text, named like a photo\n');
      const { fields, warnings } = await readFileMetadata(path);
      expect(fields).toEqual(emptyMetadataFields());
      expect(warnings).toEqual([expect.objectContaining({ code: 'METADATA_UNREADABLE' })]);
    });

    it('rejects when the file is not there: that is the caller’s mistake, not the file’s', async () => {
      await expect(readFileMetadata(join(dir, 'missing.jpg'))).rejects.toThrow(/ENOENT/);
    });
  });
});
