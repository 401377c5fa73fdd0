import { MAX_COMPETITORS_PER_EVENT } from '../../src/modules/results/results.repository.js';
import { MAX_PHASES_PER_EVENT } from '../../src/modules/units/units.repository.js';
import { globalId, keyOf } from '../utils/ids.js';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { ok } from './story.helpers.js';

// Plain lists documented as bounded hold the bound at the write and at the read.
describe('bounded lists', () => {
  let api: TestApp;
  let eventId: string;

  beforeAll(async () => {
    api = await createTestApp();
    const created = await ok(api, `mutation($c: CreateCompetitionInput!) { createCompetition(input: $c) { id } }`, {
      c: { name: 'Bounds Open', slug: 'bounds-open', kind: 'OTHER', startDate: '2026-03-01', endDate: '2026-03-02' },
    });
    const event = await ok(api, `mutation($e: CreateEventInput!) { createEvent(input: $e) { id } }`, {
      e: {
        competitionId: created.createCompetition.id,
        disciplineCode: 'SSK',
        recurringKey: 'SSK-MASS',
        name: 'Mass start',
        gender: 'OPEN',
        style: 'RANKED',
        resultType: 'TIME',
      },
    });
    eventId = event.createEvent.id;
  });
  afterAll(() => api.close());

  it(`enters at most ${MAX_COMPETITORS_PER_EVENT} competitors in an event, and lists no more whatever is stored`, async () => {
    const people = await api.prisma.person.createManyAndReturn({
      data: Array.from({ length: MAX_COMPETITORS_PER_EVENT + 2 }, (_, i) => ({ slug: `bounds-${i}`, displayName: `Bounds ${i}` })),
    });
    await api.prisma.competitor.createMany({
      data: people.slice(0, MAX_COMPETITORS_PER_EVENT).map((p) => ({ eventId: keyOf(eventId), personId: p.id })),
    });
    const refused = await api.gql(`mutation($input: RegisterCompetitorInput!) { registerCompetitor(input: $input) { id } }`, {
      input: { eventId, personId: globalId('Person', people[MAX_COMPETITORS_PER_EVENT].id) },
    });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].extensions.field).toBe('input.eventId');
    expect(await api.prisma.competitor.count({ where: { eventId: keyOf(eventId) } })).toBe(MAX_COMPETITORS_PER_EVENT);

    // A row written past the API (an import, a fix by hand) does not lift the bound of the read.
    await api.prisma.competitor.create({ data: { eventId: keyOf(eventId), personId: people[MAX_COMPETITORS_PER_EVENT + 1].id } });
    const { event } = await ok(api, `query($id: ID!) { event(id: $id) { competitors { id } } }`, { id: eventId });
    expect(event.competitors).toHaveLength(MAX_COMPETITORS_PER_EVENT);
  });

  it(`gives an event at most ${MAX_PHASES_PER_EVENT} phases`, async () => {
    await api.prisma.phase.createMany({
      data: Array.from({ length: MAX_PHASES_PER_EVENT }, (_, i) => ({
        eventId: keyOf(eventId),
        kind: 'HEATS' as const,
        name: `Heat ${i + 1}`,
        order: i + 1,
      })),
    });
    const refused = await api.gql(`mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id } }`, {
      input: { eventId, kind: 'FINAL', name: 'Final', order: MAX_PHASES_PER_EVENT + 1 },
    });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    await api.prisma.phase.create({ data: { eventId: keyOf(eventId), kind: 'FINAL', name: 'Final', order: MAX_PHASES_PER_EVENT + 1 } });
    const { event } = await ok(api, `query($id: ID!) { event(id: $id) { phases { order } } }`, { id: eventId });
    expect(event.phases.map((p: any) => p.order)).toEqual(Array.from({ length: MAX_PHASES_PER_EVENT }, (_, i) => i + 1));
  });
});
