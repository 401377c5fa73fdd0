import AhoCorasick from 'modern-ahocorasick';
import { foldKey } from '../../../common/text/fold.js';
import {
  competitionForms,
  type NameForm,
  type NamedOrganisation,
  type NamedPerson,
  organisationForms,
  personForms,
  venueForms,
  Via,
} from './name-variants.js';

/** What a suggestion can point at; EVENT targets come from the story, never from this dictionary. */
export const TARGET_KINDS = ['PERSON', 'ORGANISATION', 'VENUE', 'COMPETITION', 'EVENT'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface PersonRow extends NamedPerson {
  id: string;
}
export interface OrganisationRow extends NamedOrganisation {
  id: string;
}
export interface VenueRow {
  id: string;
  name: string;
  city: string;
}
export interface CompetitionRow {
  id: string;
  name: string;
}

export interface DictionaryRows {
  people: readonly PersonRow[];
  organisations: readonly OrganisationRow[];
  venues: readonly VenueRow[];
  competitions: readonly CompetitionRow[];
}

export interface DictionaryEntry {
  target: number;
  via: Via;
}

/** A dictionary name found in folded text, [from, to) in its UTF-16 units. */
export interface KeyHit {
  from: number;
  to: number;
  key: number;
}

export interface BuildOptions {
  /** Names per Aho–Corasick automaton; the build yields to the event loop between automata. */
  shardKeys?: number;
}

/** ~0.1–0.2 s of building each on a 2-core machine: the event loop is never held longer. */
const DEFAULT_SHARD_KEYS = 20_000;
const MIN_KEY_LENGTH = 2;
const HAS_LETTER = /\p{L}/u;
const ROWS_PER_SLICE = 5_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Shard {
  matcher: AhoCorasick;
  /** Global index of the shard's first key: keys are sorted and each shard holds a consecutive run. */
  firstKey: number;
}

/**
 * Every name of the people, organisations, venues and competitions, folded, in a few Aho–Corasick
 * automata (modern-ahocorasick): one scan of a story's text per automaton finds all of them,
 * whatever the number of names. Targets are kept in flat arrays, not objects, so 100,000 people
 * cost tens of MiB, not hundreds.
 */
export class NameDictionary {
  private readonly index = new Map<string, number>();

  constructor(
    private readonly shards: readonly Shard[],
    /** For key k, its entries are entryTarget/entryVia[entryStart[k] .. entryStart[k + 1]). */
    private readonly entryStart: Int32Array,
    private readonly entryTarget: Int32Array,
    private readonly entryVia: Uint8Array,
    private readonly kinds: Uint8Array,
    private readonly ids: readonly string[],
    private readonly names: readonly string[],
    private readonly familyNames: readonly (string | null)[],
    private readonly nameOrders: Uint8Array,
    private readonly givenNames: ReadonlySet<string>,
    private readonly cities: ReadonlySet<string>,
    readonly counts: Readonly<Record<Exclude<TargetKind, 'EVENT'>, number>> & { keys: number },
  ) {
    ids.forEach((id, i) => this.index.set(id, i));
  }

  get shardCount(): number {
    return this.shards.length;
  }

  /** Every occurrence of every name in `folded` (overlaps included); word boundaries are the caller's. */
  search(folded: string): KeyHit[] {
    const hits: KeyHit[] = [];
    for (const shard of this.shards) {
      for (const match of shard.matcher.search(folded))
        hits.push({ from: match.start, to: match.end, key: shard.firstKey + match.patternIndex });
    }
    return hits;
  }

  entries(key: number): DictionaryEntry[] {
    const entries: DictionaryEntry[] = [];
    for (let e = this.entryStart[key]; e < this.entryStart[key + 1]; e++)
      entries.push({ target: this.entryTarget[e], via: this.entryVia[e] as Via });
    return entries;
  }

  kind(target: number): TargetKind {
    return TARGET_KINDS[this.kinds[target]];
  }

  id(target: number): string {
    return this.ids[target];
  }

  name(target: number): string {
    return this.names[target];
  }

  /** The target of a row id, if the dictionary holds it with that kind. */
  find(kind: TargetKind, id: string): number | undefined {
    const target = this.index.get(id);
    return target !== undefined && this.kind(target) === kind ? target : undefined;
  }

  /** A person's name parts, for the family-name forms once the person is in a story. */
  person(target: number): Pick<NamedPerson, 'displayName' | 'familyName' | 'nameOrder'> {
    return {
      displayName: this.names[target],
      familyName: this.familyNames[target],
      nameOrder: this.nameOrders[target] === 1 ? 'FAMILY_GIVEN' : 'GIVEN_FAMILY',
    };
  }

  /** Whether anyone in the dictionary has this (folded) given name: "Logan" before "Paul" is someone else's first name. */
  isGivenName(foldedWord: string): boolean {
    return this.givenNames.has(foldedWord);
  }

  /** Whether a venue's city has this folded name: a club called "Liverpool" may be the city. */
  isCity(foldedName: string): boolean {
    return this.cities.has(foldedName);
  }
}

/**
 * Builds the dictionary in slices: names are collected a few thousand rows at a time and each
 * automaton is built in its own turn of the event loop, so requests keep being served meanwhile.
 */
export async function buildNameDictionary(rows: DictionaryRows, options: BuildOptions = {}): Promise<NameDictionary> {
  const shardKeys = options.shardKeys ?? DEFAULT_SHARD_KEYS;
  const keyEntries = new Map<string, number[]>();
  const kinds: number[] = [];
  const ids: string[] = [];
  const names: string[] = [];
  const familyNames: (string | null)[] = [];
  const nameOrders: number[] = [];
  const givenNames = new Set<string>();
  const cities = new Set<string>();

  let sinceYield = 0;
  const add = async (kind: TargetKind, id: string, name: string, forms: NameForm[], person?: NamedPerson) => {
    const target = ids.length;
    kinds.push(TARGET_KINDS.indexOf(kind));
    ids.push(id);
    names.push(name);
    familyNames.push(person?.familyName ?? null);
    nameOrders.push(person?.nameOrder === 'FAMILY_GIVEN' ? 1 : 0);
    for (const form of forms) {
      const key = foldKey(form.name);
      if (key.length < MIN_KEY_LENGTH || !HAS_LETTER.test(key)) continue;
      const packed = target * 8 + form.via;
      const list = keyEntries.get(key);
      if (!list) keyEntries.set(key, [packed]);
      else if (!list.some((p) => Math.floor(p / 8) === target && p % 8 <= form.via)) list.push(packed);
    }
    if (++sinceYield >= ROWS_PER_SLICE) {
      sinceYield = 0;
      await yieldToEventLoop();
    }
  };

  for (const person of rows.people) {
    await add('PERSON', person.id, person.displayName, personForms(person), person);
    const given = person.givenName ?? (person.nameOrder === 'GIVEN_FAMILY' ? person.displayName.split(/\s+/)[0] : null);
    if (given) givenNames.add(foldKey(given));
  }
  for (const organisation of rows.organisations)
    await add('ORGANISATION', organisation.id, organisation.name, organisationForms(organisation));
  for (const venue of rows.venues) {
    await add('VENUE', venue.id, venue.name, venueForms(venue));
    cities.add(foldKey(venue.city));
  }
  for (const competition of rows.competitions) await add('COMPETITION', competition.id, competition.name, competitionForms(competition));

  const keys = [...keyEntries.keys()].sort();
  const entryStart = new Int32Array(keys.length + 1);
  let total = 0;
  for (const list of keyEntries.values()) total += list.length;
  const entryTarget = new Int32Array(total);
  const entryVia = new Uint8Array(total);
  let e = 0;
  keys.forEach((key, k) => {
    entryStart[k] = e;
    for (const packed of keyEntries.get(key) ?? []) {
      entryTarget[e] = Math.floor(packed / 8);
      entryVia[e] = packed % 8;
      e++;
    }
  });
  entryStart[keys.length] = e;
  keyEntries.clear();
  await yieldToEventLoop();

  const shards: Shard[] = [];
  for (let first = 0; first < keys.length; first += shardKeys) {
    shards.push({ matcher: new AhoCorasick(keys.slice(first, first + shardKeys)), firstKey: first });
    await yieldToEventLoop();
  }
  return new NameDictionary(
    shards,
    entryStart,
    entryTarget,
    entryVia,
    Uint8Array.from(kinds),
    ids,
    names,
    familyNames,
    Uint8Array.from(nameOrders),
    givenNames,
    cities,
    {
      PERSON: rows.people.length,
      ORGANISATION: rows.organisations.length,
      VENUE: rows.venues.length,
      COMPETITION: rows.competitions.length,
      keys: keys.length,
    },
  );
}
