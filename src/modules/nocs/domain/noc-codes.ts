import { countries } from 'country-data-list';
import type { NocKind } from '../../../generated/prisma/enums.js';

export interface NocSeed {
  code: string;
  name: string;
  isoAlpha2: string | null;
  isoAlpha3: string | null;
  kind: NocKind;
}

interface CountryRow {
  alpha2: string;
  alpha3: string;
  ioc: string;
  name: string;
  status: string;
}

/**
 * Codes country-data-list carries in its `ioc` field that are not IOC members: other
 * federations' codes (Faroe Islands, Guernsey and Jersey compete at Paralympic or
 * Commonwealth Games) and a currency code given to Ascension Island.
 */
const NOT_IOC_MEMBERS = new Set(['FAI', 'GCI', 'JCI', 'MAC', 'SHP']);

/** The IOC's own designation where it differs from the ISO short name. */
const IOC_NAMES: Readonly<Record<string, string>> = {
  TPE: 'Chinese Taipei',
  HKG: 'Hong Kong, China',
  PLE: 'Palestine',
};

const SPECIAL_NOCS: readonly NocSeed[] = [
  ['AIN', 'Individual Neutral Athletes', 'NEUTRAL'],
  ['EOR', 'Refugee Olympic Team', 'REFUGEE'],
  ['ROT', 'Refugee Olympic Team (2016)', 'REFUGEE'],
  ['IOA', 'Independent Olympic Athletes', 'NEUTRAL'],
  ['ROC', 'ROC (Russian Olympic Committee)', 'NEUTRAL'],
  ['OAR', 'Olympic Athletes from Russia', 'NEUTRAL'],
  ['URS', 'Soviet Union', 'HISTORICAL'],
  ['GDR', 'East Germany', 'HISTORICAL'],
  ['FRG', 'West Germany', 'HISTORICAL'],
  ['EUN', 'Unified Team', 'HISTORICAL'],
  ['TCH', 'Czechoslovakia', 'HISTORICAL'],
  ['YUG', 'Yugoslavia', 'HISTORICAL'],
].map(([code, name, kind]) => ({ code, name, isoAlpha2: null, isoAlpha3: null, kind: kind as NocKind }));

const STATUS_PREFERENCE = ['assigned', 'user assigned', 'reserved', 'deleted'];

const statusRank = (status: string) => {
  const index = STATUS_PREFERENCE.indexOf(status);
  return index === -1 ? STATUS_PREFERENCE.length : index;
};

function nationalNocs(rows: readonly CountryRow[]): NocSeed[] {
  const byCode = new Map<string, CountryRow>();
  for (const row of rows) {
    const code = row.ioc.trim();
    if (!/^[A-Z]{3}$/.test(code) || NOT_IOC_MEMBERS.has(code)) continue;
    const current = byCode.get(code);
    if (!current || statusRank(row.status) < statusRank(current.status)) byCode.set(code, row);
  }
  return [...byCode.entries()].map(([code, row]) => ({
    code,
    name: IOC_NAMES[code] ?? row.name,
    isoAlpha2: row.alpha2 || null,
    isoAlpha3: row.alpha3 || null,
    kind: 'NATIONAL',
  }));
}

/** Every NOC to seed, sorted by code: the national ones from country-data-list plus the non-country ones. */
export const NOC_CODES: readonly NocSeed[] = [...nationalNocs(countries.all), ...SPECIAL_NOCS].sort((a, b) => a.code.localeCompare(b.code));

const byNoc = new Map(NOC_CODES.map((noc) => [noc.code, noc]));
const byIsoAlpha2 = new Map(NOC_CODES.flatMap((noc) => (noc.isoAlpha2 === null ? [] : [[noc.isoAlpha2, noc.code] as const])));

/** The ISO 3166-1 alpha-2 code of a national NOC (NED → NL); null for non-country NOCs and unknown codes. */
export function isoAlpha2ForNoc(code: string): string | null {
  return byNoc.get(code.trim().toUpperCase())?.isoAlpha2 ?? null;
}

/** The NOC of a country (NL → NED); null where the country has no NOC of its own. */
export function nocForIsoAlpha2(iso: string): string | null {
  return byIsoAlpha2.get(iso.trim().toUpperCase()) ?? null;
}

/** The seed entry of an NOC code, if known. */
export function findNoc(code: string): NocSeed | undefined {
  return byNoc.get(code.trim().toUpperCase());
}
