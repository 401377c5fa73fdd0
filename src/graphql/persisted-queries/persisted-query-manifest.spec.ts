import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidPersistedQueryManifestError, PersistedQueryManifest, persistedQueryHash } from './persisted-query-manifest.js';

const QUERY = '{ nocs { edges { node { code } } } }';
const HASH = persistedQueryHash(QUERY);

describe('persistedQueryHash', () => {
  it('is the SHA-256 of the exact text, in hex, as Apollo and its clients compute it', () => {
    expect(persistedQueryHash('{__typename}')).toBe('ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38');
  });
});

describe('PersistedQueryManifest', () => {
  it('reads a plain map of hash to query', () => {
    const manifest = PersistedQueryManifest.fromJson({ [HASH]: QUERY });
    expect(manifest.size).toBe(1);
    expect(manifest.get(HASH)).toBe(QUERY);
    expect(manifest.has(persistedQueryHash('{ other }'))).toBe(false);
  });

  it("reads Apollo's persisted-query manifest format", () => {
    const manifest = PersistedQueryManifest.fromJson({
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: HASH, name: 'Nocs', type: 'query', body: QUERY }],
    });
    expect(manifest.get(HASH)).toBe(QUERY);
  });

  it('accepts an upper-case hash and answers to the lower-case one Apollo looks up', () => {
    expect(PersistedQueryManifest.fromJson({ [HASH.toUpperCase()]: QUERY }).has(HASH)).toBe(true);
  });

  it.each<[string, unknown, RegExp]>([
    ['a hash that is not its query’s', { [persistedQueryHash('{ other }')]: QUERY }, /is not the SHA-256 of its query/],
    ['an empty query', { [persistedQueryHash('')]: '' }, /the query is empty/],
    ['no query at all', {}, /lists no query/],
    ['an array', [QUERY], /must be an object/],
    ['an Apollo manifest of another version', { format: 'apollo-persisted-query-manifest', version: 2, operations: [] }, /version 1/],
  ])('refuses %s, naming the problem', (_case, json, problem) => {
    expect(() => PersistedQueryManifest.fromJson(json, 'pq.json')).toThrow(InvalidPersistedQueryManifestError);
    expect(() => PersistedQueryManifest.fromJson(json, 'pq.json')).toThrow(problem);
  });

  describe('fromFile', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'podium-pq-unit-'));
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('reads the file', () => {
      const path = join(dir, 'ok.json');
      writeFileSync(path, JSON.stringify({ [HASH]: QUERY }));
      expect(PersistedQueryManifest.fromFile(path).get(HASH)).toBe(QUERY);
    });

    it.each([
      ['a missing file', 'missing.json', null, /cannot be read/],
      ['a file that is not JSON', 'bad.json', '{ nope', /is not JSON/],
    ])('refuses %s with the path in the message', (_case, name, content, problem) => {
      const path = join(dir, name);
      if (content !== null) writeFileSync(path, content);
      expect(() => PersistedQueryManifest.fromFile(path)).toThrow(problem);
      expect(() => PersistedQueryManifest.fromFile(path)).toThrow(path);
    });
  });
});
