import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { fuzzCases, textInputCases } from '../fuzz/schema-operations.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

// Every root field of the committed schema, with generated hostile arguments: whatever a client
// sends, the answer is a coded error or data, never a server fault.
const schema = buildSchema(readFileSync(new URL('../../schema.gql', import.meta.url), 'utf8'));
const CASES_PER_FIELD = 12;

describe('schema-driven fuzz of every operation', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ seed: true, story: true });
  });
  afterAll(async () => {
    await api.close();
  });

  it(`answers ${CASES_PER_FIELD} generated calls of every query and mutation without a server fault`, async () => {
    const faults: string[] = [];
    const seen = new Set<unknown>();
    for (const fuzz of fuzzCases(schema, CASES_PER_FIELD)) {
      const response = await api.gql(fuzz.query, fuzz.variables);
      const codes = (response.errors ?? []).map((error) => error.extensions.code);
      codes.forEach((code) => seen.add(code));
      if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || codes.some((code) => typeof code !== 'string')) {
        faults.push(`${fuzz.field} → ${response.status} ${codes.join(',')} with ${JSON.stringify(fuzz.variables).slice(0, 300)}`);
      }
    }
    expect(faults).toEqual([]);
    // Well-formed global ids of objects that do not exist get past validation to the services.
    expect(seen).toContain('NOT_FOUND');
  }, 180_000);

  it.each([
    ['a NUL character', 'bad\u0000text'],
    ['an unpaired surrogate', 'bad\ud800text'],
  ])('refuses %s in every text input of every mutation, naming the field, before any SQL', async (_name, text) => {
    const cases = textInputCases(schema, text);
    expect(cases.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    const statements = await api.countQueries(async () => {
      for (const fuzz of cases) {
        const response = await api.gql(fuzz.query, fuzz.variables);
        const error = response.errors?.[0];
        const issues = error?.extensions.issues as { path: string }[] | undefined;
        if (error?.extensions.code !== 'BAD_USER_INPUT' || issues?.[0]?.path !== fuzz.path) {
          wrong.push(`${fuzz.field} ${fuzz.path} → ${error?.extensions.code ?? 'no error'} ${JSON.stringify(issues ?? error?.message)}`);
        }
      }
    });
    expect(wrong).toEqual([]);
    expect(statements).toBe(0);
  });
});
