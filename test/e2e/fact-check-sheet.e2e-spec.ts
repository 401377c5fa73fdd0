import { FactSheetRepository } from '../../src/modules/fact-check/facts/fact-sheet.repository.js';
import { StorySourceRepository } from '../../src/modules/fact-check/facts/story-source.repository.js';
import { FactReviewRepository } from '../../src/modules/fact-check/review/fact-review.repository.js';
import type { FactSheet } from '../../src/modules/fact-check/engine/fact-sheet.js';
import { STORY_SLUG } from '../../src/seed/demo-story.data.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

describe('fact sheet: what the demo story links and embeds, read from the database', () => {
  let api: TestApp;
  let sheet: FactSheet;
  let statements: number;
  let storyId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await createTestApp({ story: true });
    const story = await api.prisma.article.findUniqueOrThrow({ where: { slug: STORY_SLUG } });
    storyId = story.id;
    for (const person of await api.prisma.person.findMany()) ids[person.slug] = person.id;
    const source = await api.app.get(StorySourceRepository).workingCopy(api.prisma, story.id);
    await api.pagesSettled();
    const before = api.prisma.queries.count;
    sheet = await api.app.get(FactSheetRepository).sheetFor(api.prisma, source!);
    statements = api.prisma.queries.count - before;
  });
  afterAll(() => api.close());

  const unitOf = (competition: string) => sheet.units.find((unit) => unit.competitionName.startsWith(competition));
  const entity = (slug: string) => sheet.entities.find((e) => e.id === ids[slug]);

  it('is as of the dateline, race day', () => {
    expect(sheet.asOf).toBe('2026-02-09');
  });

  it('holds the 2026 final with times as the ISU prints them, gaps, medals, pairs and the Olympic record mark', () => {
    const final = unitOf('Milano Cortina')!;
    expect(final).toMatchObject({ eventName: "Women's 1000m", competitionKind: 'OLYMPIC_GAMES', date: '2026-02-09', resultType: 'TIME' });
    expect(final.medalUnit).toBe(true);
    expect(final.timeDecimals).toBe(2);
    expect(
      final.results.map((r) => [r.entityId, r.rank, r.display, r.behind, r.medal, r.startGroup, r.records.map((x) => x.code)]),
    ).toEqual([
      [ids['jutta-leerdam'], 1, '1:12.31', null, 'GOLD', 15, ['OR']],
      [ids['femke-kok'], 2, '1:12.59', '+0.28', 'SILVER', 14, []],
      [ids['miho-takagi'], 3, '1:13.95', '+1.64', 'BRONZE', 15, []],
      [ids['brittany-bowe'], null, '1:14.55', '+2.24', null, 14, []],
      [ids['erin-jackson'], 6, null, null, null, null, []],
    ]);
    expect(final.results[0].records[0]).toEqual({ code: 'OR', scope: 'OLYMPIC', equalled: false });
  });

  it("holds the 2022 final its fact box computes from (Takagi's winning time), though the story does not link it", () => {
    const beijing = unitOf('Beijing')!;
    expect(beijing.results.map((r) => [r.entityId, r.display, r.medal])).toEqual([
      [ids['miho-takagi'], '1:13.19', 'GOLD'],
      [ids['jutta-leerdam'], null, 'SILVER'],
    ]);
  });

  it('names every person with the names the prose may use, birth date and medals up to race day', () => {
    expect(entity('jutta-leerdam')).toMatchObject({ type: 'PERSON', name: 'Jutta Leerdam', birthDate: '1998-12-30', gender: 'FEMALE' });
    expect(entity('jutta-leerdam')!.otherNames).toContain('Leerdam');
    expect(entity('jutta-leerdam')!.otherNames).not.toContain('Jutta');
    expect(entity('miho-takagi')!.otherNames).toEqual(expect.arrayContaining(['Takagi', 'Takagi Miho']));
    expect(entity('jutta-leerdam')!.medals.map((m) => [m.medal, m.competitionName])).toEqual([
      ['SILVER', 'Beijing 2022 Olympic Winter Games'],
      ['GOLD', 'Milano Cortina 2026 Olympic Winter Games'],
    ]);
    expect(entity('jake-paul')).toMatchObject({ name: 'Jake Paul', medals: [] });
  });

  it('holds the records standing on race day for the event, tied to its units', () => {
    const final = unitOf('Milano Cortina')!;
    const records = sheet.records.map((r) => [r.code, r.holderId, r.display, r.unitIds.includes(final.id)]);
    expect(records).toEqual(
      expect.arrayContaining([
        ['OR', ids['jutta-leerdam'], '1:12.31', true],
        ['WR', ids['brittany-bowe'], null, true],
      ]),
    );
  });

  it('reads it with a handful of statements, whatever the story holds', () => {
    expect(statements).toBeLessThanOrEqual(7);
  });

  it('reads the working copy in one statement, as its rows are stored', async () => {
    const repository = api.app.get(StorySourceRepository);
    const before = api.prisma.queries.count;
    const source = await repository.workingCopy(api.prisma, storyId);
    expect(api.prisma.queries.count - before).toBe(1);
    const [article, blocks, links] = await Promise.all([
      api.prisma.article.findUniqueOrThrow({ where: { id: storyId } }),
      api.prisma.articleBlock.findMany({
        where: { articleId: storyId },
        orderBy: { position: 'asc' },
        select: { position: true, type: true, data: true },
      }),
      api.prisma.articleLink.findMany({
        where: { articleId: storyId },
        orderBy: { position: 'asc' },
        select: { relation: true, targetType: true, targetId: true },
      }),
    ]);
    expect(article.datelineDate).not.toBeNull();
    expect(blocks.length).toBeGreaterThan(5);
    expect(links.length).toBeGreaterThan(0);
    expect(source).toEqual({
      articleId: storyId,
      version: article.version,
      language: article.language,
      datelineDate: article.datelineDate,
      publishedAt: article.publishedAt,
      blocks,
      links,
    });
    expect(await repository.workingCopy(api.prisma, '00000000-0000-7000-8000-000000000000')).toBeNull();
  });

  describe('which published stories a change touches', () => {
    const touched = (...keys: string[]) => api.app.get(FactReviewRepository).storiesTouchedBy(api.prisma, keys, null, 10);

    beforeAll(async () => {
      // A seventh skater in the final, whom the story never names: her facts are in its sheet all the same.
      const final = unitOf('Milano Cortina')!;
      const { eventId } = await api.prisma.unit
        .findUniqueOrThrow({ where: { id: final.id }, select: { phase: { select: { eventId: true } } } })
        .then((u) => u.phase);
      const skater = await api.prisma.person.create({ data: { slug: 'unnamed-skater', displayName: 'Unnamed Skater' } });
      const competitor = await api.prisma.competitor.create({ data: { eventId, personId: skater.id } });
      await api.prisma.result.create({ data: { unitId: final.id, competitorId: competitor.id, displayOrder: 7, rank: 7 } });
      ids['unnamed-skater'] = skater.id;
    });

    it.each([
      ['a result of the final it embeds', () => `UnitResults:${unitOf('Milano Cortina')!.id}`],
      ['the 2022 result its fact box computes from', () => `UnitResults:${unitOf('Beijing')!.id}`],
      ['a person it mentions', () => `Person:${ids['jutta-leerdam']}`],
      ['a competitor of its units it does not name', () => `Person:${ids['unnamed-skater']}`],
    ])('finds the demo story for %s', async (_, key) => {
      await api.pagesSettled();
      expect(await touched(key())).toEqual([storyId]);
    });

    it('finds nothing for a change it does not show, or a key of another kind', async () => {
      const elsewhere = await api.prisma.person.create({ data: { slug: 'someone-else', displayName: 'Someone Else' } });
      expect(await touched(`Person:${elsewhere.id}`, 'Stories', `Article:${storyId}`, 'Person:not-a-uuid')).toEqual([]);
    });
  });
});
