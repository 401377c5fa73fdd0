import { findNoc, isoAlpha2ForNoc, NOC_CODES, nocForIsoAlpha2 } from './noc-codes.js';

describe('NOC_CODES', () => {
  it.each([
    ['NED', 'NL', 'NLD', 'Netherlands'],
    ['GER', 'DE', 'DEU', 'Germany'],
    ['SUI', 'CH', 'CHE', 'Switzerland'],
    ['RSA', 'ZA', 'ZAF', 'South Africa'],
    ['TPE', 'TW', 'TWN', 'Chinese Taipei'],
    ['KOS', 'XK', 'XKX', 'Kosovo'],
    ['JPN', 'JP', 'JPN', 'Japan'],
    ['USA', 'US', 'USA', 'United States'],
  ])('%s is the national NOC of %s / %s', (code, iso2, iso3, name) => {
    expect(findNoc(code)).toEqual({ code, name, isoAlpha2: iso2, isoAlpha3: iso3, kind: 'NATIONAL' });
  });

  it.each([
    ['AIN', 'NEUTRAL'],
    ['EOR', 'REFUGEE'],
    ['ROT', 'REFUGEE'],
    ['IOA', 'NEUTRAL'],
    ['ROC', 'NEUTRAL'],
    ['OAR', 'NEUTRAL'],
    ['URS', 'HISTORICAL'],
    ['GDR', 'HISTORICAL'],
    ['FRG', 'HISTORICAL'],
    ['EUN', 'HISTORICAL'],
    ['TCH', 'HISTORICAL'],
    ['YUG', 'HISTORICAL'],
  ])('%s is a %s NOC without ISO codes', (code, kind) => {
    expect(findNoc(code)).toMatchObject({ code, kind, isoAlpha2: null, isoAlpha3: null });
  });

  it.each([['FAI'], ['GCI'], ['JCI'], ['MAC'], ['SHP']])('leaves out %s, which is not an IOC member', (code) => {
    expect(findNoc(code)).toBeUndefined();
  });

  it('has no duplicate codes', () => {
    const codes = NOC_CODES.map((noc) => noc.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has only three-letter codes', () => {
    expect(NOC_CODES.filter((noc) => !/^[A-Z]{3}$/.test(noc.code))).toEqual([]);
  });

  it('maps each ISO country to at most one NOC', () => {
    const iso = NOC_CODES.flatMap((noc) => (noc.isoAlpha2 ? [noc.isoAlpha2] : []));
    expect(new Set(iso).size).toBe(iso.length);
  });

  it('holds about the 206 national NOCs plus the special ones', () => {
    expect(NOC_CODES.filter((noc) => noc.kind === 'NATIONAL').length).toBeGreaterThanOrEqual(200);
    expect(NOC_CODES.filter((noc) => noc.kind !== 'NATIONAL')).toHaveLength(12);
  });
});

describe('NOC ↔ ISO lookups', () => {
  it.each([
    ['NED', 'NL'],
    ['GER', 'DE'],
    ['SUI', 'CH'],
    ['RSA', 'ZA'],
    ['TPE', 'TW'],
    ['KOS', 'XK'],
    ['ned', 'NL'],
    ['AIN', null],
    ['EOR', null],
    ['URS', null],
    ['XXX', null],
  ])('isoAlpha2ForNoc(%s) → %s', (code, iso) => {
    expect(isoAlpha2ForNoc(code)).toBe(iso);
  });

  it.each([
    ['NL', 'NED'],
    ['DE', 'GER'],
    ['CH', 'SUI'],
    ['ZA', 'RSA'],
    ['TW', 'TPE'],
    ['XK', 'KOS'],
    ['it', 'ITA'],
    ['AQ', null],
    ['ZZ', null],
  ])('nocForIsoAlpha2(%s) → %s', (iso, code) => {
    expect(nocForIsoAlpha2(iso)).toBe(code);
  });
});
