import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { keyOf } from '../utils/ids.js';
import { type DemoUnit, demoUnit, IMPORT_UNIT_RESULTS, SET_UNIT_RESULTS } from './results-desk.helpers.js';

type Row = Record<string, unknown>;

const UNIT_CHANGES = `query($id: ID!) {
  unit(id: $id) {
    id
    resultChanges(first: 20) {
      edges { node { id action changedAt changedBy changeSetId competitor { id } before after changes { field from to } } }
    }
  }
}`;
const EVENT_CHANGES = `query($id: ID!) {
  event(id: $id) { id standingChanges(first: 20) { edges { node { action changedBy competitor { id } changes { field from to } } } } }
}`;
const SET_STANDINGS = `mutation($input: SetEventStandingsInput!) { setEventStandings(input: $input) { id version } }`;

describe('history of results', () => {
  let api: TestApp;
  let demo: DemoUnit;
  let resultsDesk: string;

  beforeAll(async () => {
    api = await createTestApp();
    demo = await demoUnit(api);
    resultsDesk = (await api.prisma.user.findUniqueOrThrow({ where: { id: api.users.RESULTS.id } })).displayName;
  });
  afterAll(async () => {
    await api.close();
  });

  const rows = (): Row[] => [
    { competitorId: demo.competitor['jutta-leerdam'], displayOrder: 1, startGroup: 15, lane: 'O', rank: 1, timeMs: 72310, medal: 'GOLD' },
    { competitorId: demo.competitor['femke-kok'], displayOrder: 2, startGroup: 14, lane: 'I', rank: 2, timeMs: 72590, medal: 'SILVER' },
    { competitorId: demo.competitor['miho-takagi'], displayOrder: 3, startGroup: 15, lane: 'I', rank: 3, timeMs: 73950, medal: 'BRONZE' },
    { competitorId: demo.competitor['brittany-bowe'], displayOrder: 4, startGroup: 14, lane: 'O', rank: 4, timeMs: 74550 },
    { competitorId: demo.competitor['erin-jackson'], displayOrder: 5, startGroup: 13, lane: 'O', rank: 5, timeMs: 75120 },
  ];
  const unitVersion = async () => (await api.prisma.unit.findUniqueOrThrow({ where: { id: keyOf(demo.unitId) } })).version;
  const changeCount = () => api.prisma.resultChange.count({ where: { subjectId: keyOf(demo.unitId) } });
  const save = async (list: Row[]) => {
    const response = await api.gqlAs('RESULTS', SET_UNIT_RESULTS, {
      input: { unitId: demo.unitId, expectedVersion: await unitVersion(), resultStatus: 'OFFICIAL', rows: list },
    });
    expect(response.errors).toBeUndefined();
  };
  const changes = async () => {
    const response = await api.gqlAs('EDITOR', UNIT_CHANGES, { id: demo.unitId });
    expect(response.errors).toBeUndefined();
    return response.data!.unit.resultChanges.edges.map((e: any) => e.node);
  };

  it('records a correction of one time as one CHANGED row, with who made it and from/to', async () => {
    await save(rows());
    const afterFirst = await changeCount();
    await save(rows().map((row, i) => (i === 1 ? { ...row, timeMs: 72580 } : row)));
    expect(await changeCount()).toBe(afterFirst + 1);

    const [latest] = await changes();
    expect(latest).toMatchObject({
      action: 'CHANGED',
      changedBy: resultsDesk,
      competitor: { id: demo.competitor['femke-kok'] },
      before: { timeMs: 72590 },
      after: { timeMs: 72580 },
      changes: [{ field: 'timeMs', from: 72590, to: 72580 }],
    });
    const stored = await api.prisma.resultChange.findMany({ where: { changeSetId: latest.changeSetId } });
    expect(stored).toHaveLength(1);
    expect(stored[0].changedById).toBe(api.users.RESULTS.id);
  });

  it('writes nothing for a save that changes nothing', async () => {
    const before = await changeCount();
    await save(rows().map((row, i) => (i === 1 ? { ...row, timeMs: 72580 } : row)));
    expect(await changeCount()).toBe(before);
  });

  it('records an import, a removed row and an added one, all of one save under one change set', async () => {
    const document = JSON.stringify({
      rows: rows()
        .filter((row) => row.competitorId !== demo.competitor['erin-jackson'])
        .map((row) => (row.competitorId === demo.competitor['femke-kok'] ? { ...row, timeMs: 72580 } : row))
        .map((row) => (row.competitorId === demo.competitor['miho-takagi'] ? { ...row, timeMs: 73940 } : row)),
    });
    const response = await api.gqlAs('RESULTS', IMPORT_UNIT_RESULTS, {
      input: { unitId: demo.unitId, expectedVersion: await unitVersion(), format: 'JSON', document },
    });
    expect(response.errors).toBeUndefined();
    const latest = (await changes()).filter((c: any, _i: number, all: any[]) => c.changeSetId === all[0].changeSetId);
    expect(latest.map((c: any) => [c.action, c.competitor.id]).sort()).toEqual(
      [
        ['CHANGED', demo.competitor['miho-takagi']],
        ['REMOVED', demo.competitor['erin-jackson']],
      ].sort(),
    );
    expect(latest.find((c: any) => c.action === 'CHANGED').changes).toEqual([{ field: 'timeMs', from: 73950, to: 73940 }]);
    expect(latest.find((c: any) => c.action === 'REMOVED')).toMatchObject({ after: null, before: { rank: 5, timeMs: 75120 } });
  });

  it('records changes of final standings on the event', async () => {
    const standings = (kokMedal: string | null) => [
      { competitorId: demo.competitor['jutta-leerdam'], rank: 1, medal: 'GOLD' },
      { competitorId: demo.competitor['femke-kok'], rank: 2, medal: kokMedal },
    ];
    const count = () => api.prisma.resultChange.count({ where: { subjectType: 'EVENT', subjectId: keyOf(demo.eventId) } });
    const counts: number[] = [];
    for (const medal of ['SILVER', 'SILVER', null]) {
      const version = (await api.prisma.event.findUniqueOrThrow({ where: { id: keyOf(demo.eventId) } })).version;
      const saved = await api.gqlAs('RESULTS', SET_STANDINGS, {
        input: { eventId: demo.eventId, expectedVersion: version, standings: standings(medal) },
      });
      expect(saved.errors).toBeUndefined();
      counts.push(await count());
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[1] + 1);
    const response = await api.gqlAs('WRITER', EVENT_CHANGES, { id: demo.eventId });
    expect(response.errors).toBeUndefined();
    const [latest] = response.data!.event.standingChanges.edges.map((e: any) => e.node);
    expect(latest).toEqual({
      action: 'CHANGED',
      changedBy: resultsDesk,
      competitor: { id: demo.competitor['femke-kok'] },
      changes: [{ field: 'medal', from: 'SILVER', to: null }],
    });
  });

  it('keeps the history from readers without a role', async () => {
    for (const as of ['anonymous', 'PHOTO'] as const) {
      const response = await api.gqlAs(as, UNIT_CHANGES, { id: demo.unitId });
      expect(errorCodes(response)).toEqual([as === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      expect(response.data?.unit?.resultChanges ?? null).toBeNull();
    }
  });
});
