import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Role } from '../../src/auth/viewer.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { plainMutationCall } from '../fuzz/schema-operations.js';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { TEST_ROLES } from '../utils/test-users.js';

type Caller = Role | 'anonymous';

// Who may call each mutation. ADMIN is listed where it may (it passes every @Roles); a
// mutation anyone may call lists 'anonymous' too. A new mutation must be added here.
// Writers may write and submit their own drafts (the story's owner is checked past the guard).
const STORIES: Caller[] = ['ADMIN', 'EDITOR', 'WRITER'];
const EDITORS: Caller[] = ['ADMIN', 'EDITOR'];
const RESULTS_DESK: Caller[] = ['ADMIN', 'EDITOR', 'RESULTS'];
const WRITING: Caller[] = ['ADMIN', 'EDITOR', 'WRITER'];
const PHOTO_DESK: Caller[] = ['ADMIN', 'EDITOR', 'PHOTO'];
const CREDIT_REGISTRY: Caller[] = ['ADMIN', 'PHOTO'];
const ADMINS: Caller[] = ['ADMIN'];
const ANYONE: Caller[] = ['anonymous', 'ADMIN', 'EDITOR', 'WRITER', 'RESULTS', 'PHOTO'];
// Anyone may call these; their UNAUTHENTICATED is about the credentials in the input, not the caller.
const SIGN_IN = new Set(['login', 'refreshSession', 'logout']);

const WHO_MAY: Record<string, readonly Caller[]> = {
  createArticle: STORIES,
  updateArticle: STORIES,
  submitArticle: STORIES,
  createArticlePreview: STORIES,
  sendBackArticle: EDITORS,
  scheduleArticle: EDITORS,
  unscheduleArticle: EDITORS,
  publishArticle: EDITORS,
  unpublishArticle: EDITORS,
  archiveArticle: EDITORS,
  restoreArticleRevision: STORIES,
  acceptMentionSuggestions: STORIES,
  dismissFactReview: EDITORS,

  login: ANYONE,
  refreshSession: ANYONE,
  logout: ANYONE,
  createUser: ADMINS,
  updateUser: ADMINS,
  createApiKey: ADMINS,
  revokeApiKey: ADMINS,
  rebuildStoredPages: ADMINS,
  createWebhook: ADMINS,
  updateWebhook: ADMINS,
  deleteWebhook: ADMINS,
  rotateWebhookSecret: ADMINS,

  createPerson: RESULTS_DESK,
  updatePerson: RESULTS_DESK,
  createOrganisation: RESULTS_DESK,
  updateOrganisation: RESULTS_DESK,
  createVenue: RESULTS_DESK,
  updateVenue: RESULTS_DESK,
  createCompetition: RESULTS_DESK,
  updateCompetition: RESULTS_DESK,
  createEvent: RESULTS_DESK,
  updateEvent: RESULTS_DESK,
  deleteEvent: RESULTS_DESK,
  createPhase: RESULTS_DESK,
  updatePhase: RESULTS_DESK,
  deletePhase: RESULTS_DESK,
  createUnit: RESULTS_DESK,
  updateUnit: RESULTS_DESK,
  deleteUnit: RESULTS_DESK,
  registerCompetitor: RESULTS_DESK,
  deleteCompetitor: RESULTS_DESK,
  setUnitResults: RESULTS_DESK,
  importUnitResults: RESULTS_DESK,
  setEventStandings: RESULTS_DESK,
  setUnitLineup: RESULTS_DESK,
  setUnitOfficials: RESULTS_DESK,
  createAward: RESULTS_DESK,
  updateAward: RESULTS_DESK,
  deleteAward: RESULTS_DESK,
  deleteVenue: RESULTS_DESK,
  upsertMemberAssociation: ADMINS,
  setUnitIncidents: RESULTS_DESK,
  addPointDeduction: RESULTS_DESK,
  removePointDeduction: RESULTS_DESK,
  setStoredStandings: RESULTS_DESK,
  importSeason: ADMINS,

  createQuote: WRITING,
  updateQuote: WRITING,
  deleteQuote: WRITING,
  createSocialPost: WRITING,
  updateSocialPost: WRITING,
  deleteSocialPost: WRITING,

  createMediaAsset: PHOTO_DESK,
  updateMediaAsset: PHOTO_DESK,
  deleteMediaAsset: PHOTO_DESK,
  setMediaFocalPoint: PHOTO_DESK,

  createAgency: CREDIT_REGISTRY,
  updateAgency: CREDIT_REGISTRY,
  createPhotographer: CREDIT_REGISTRY,
  updatePhotographer: CREDIT_REGISTRY,
  recreditMediaAssets: CREDIT_REGISTRY,
  mergePhotographers: CREDIT_REGISTRY,
};

const CALLERS: Caller[] = ['anonymous', ...TEST_ROLES];
const REFUSALS = ['UNAUTHENTICATED', 'FORBIDDEN'];

/** Every table of the database: its row count and a hash of its rows, to show that nothing changed at all. */
/** Every table's rows but the stored pages, which the rebuild job rewrites in the background after the allowed calls. */
async function fingerprint(api: TestApp): Promise<Record<string, string>> {
  const tables = await api.prisma.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'ReadDocument' ORDER BY tablename`;
  const parts = tables.map(
    ({ name }) =>
      Prisma.sql`SELECT ${name} AS name, count(*) || ':' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS state
        FROM ${Prisma.raw(`"${name}"`)} t`,
  );
  const rows = await api.prisma.$queryRaw<{ name: string; state: string }[]>`${Prisma.join(parts, ' UNION ALL ')}`;
  return Object.fromEntries(rows.map((row) => [row.name, row.state]));
}

describe('who may call which mutation', () => {
  let api: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    api = await createTestApp({ seed: true, story: true });
    schema = api.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(async () => {
    await api.close();
  });

  it('classifies every mutation of the schema, and only those', () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(mutations.length).toBeGreaterThan(30);
    expect(Object.keys(WHO_MAY).sort()).toEqual(mutations);
  });

  it.each(Object.entries(WHO_MAY))('%s: refused to everyone else with nothing written or answered', async (mutation, allowed) => {
    const call = plainMutationCall(schema, mutation);
    const before = await fingerprint(api);
    for (const caller of CALLERS.filter((c) => !allowed.includes(c))) {
      const response = await api.gqlAs(caller, call.query, call.variables);
      expect({ caller, codes: errorCodes(response) }).toEqual({
        caller,
        codes: [caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'],
      });
      expect(response.data?.[mutation] ?? null).toBeNull();
    }
    expect(await fingerprint(api)).toEqual(before);

    for (const caller of allowed) {
      const response = await api.gqlAs(caller, call.query, call.variables);
      // The dummy arguments name nothing that exists, so most calls fail, but past the guard.
      const refusals = SIGN_IN.has(mutation) ? ['FORBIDDEN'] : REFUSALS;
      expect({ caller, codes: errorCodes(response).filter((code) => refusals.includes(code)) }).toEqual({ caller, codes: [] });
    }
  });

  it("shows a media asset's IPTC instructions to staff only", async () => {
    const created = await api.gqlAs(
      'PHOTO',
      `mutation { createMediaAsset(input: { url: "https://img.example/matrix.jpg", mimeType: "image/jpeg", instructions: "NEWSPAPERS OUT" }) { id } }`,
    );
    expect(created.errors).toBeUndefined();
    const query = `query($id: ID!) { mediaAsset(id: $id) { id url instructions } }`;
    const id = created.data!.createMediaAsset.id as string;
    for (const role of TEST_ROLES) {
      const response = await api.gqlAs(role, query, { id });
      expect({ role, data: response.data, errors: response.errors }).toEqual({
        role,
        data: { mediaAsset: { id, url: 'https://img.example/matrix.jpg', instructions: 'NEWSPAPERS OUT' } },
        errors: undefined,
      });
    }
    const anonymous = await api.gqlAs('anonymous', query, { id });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.data).toEqual({ mediaAsset: { id, url: 'https://img.example/matrix.jpg', instructions: null } });
  });
});
