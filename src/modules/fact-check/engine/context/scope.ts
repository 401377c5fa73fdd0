/**
 * Which of the sheet's units a clause speaks of. A clause that names a year, a place or a
 * distance of one unit ("at Beijing 2022", "four years ago", "in the 500 m") is checked against
 * that unit only; a clause that speaks of another occasion the sheet does not hold ("last
 * season") is checked against none. Otherwise every unit of the entity is in play.
 */
import type { FactSheet, FactUnit } from '../fact-sheet.js';
import type { ClaimLanguage } from '../language.js';
import { foldKey } from '../../../../common/text/fold.js';

export interface ScopeHint {
  years: number[];
  tokens: string[];
  elsewhere: boolean;
}

const YEAR = /^(?:19|20)\d{2}$/;

function tokens(text: string): string[] {
  const normal = foldKey(text).replace(/(\d),(\d{3})\b/g, '$1$2');
  // "semi-final" stays one word, so that "the final" is not the semi-final; "1000m" is 1000.
  return [...normal.matchAll(/\p{L}+(?:-\p{L}+)*|\d+/gu)].map((m) => m[0]).filter((t) => t.length > 1);
}

export function unitYear(unit: FactUnit): number | null {
  const fromDate = unit.date ? Number(unit.date.slice(0, 4)) : NaN;
  if (Number.isInteger(fromDate)) return fromDate;
  const inName = tokens(unit.competitionName).find((t) => YEAR.test(t));
  return inName ? Number(inName) : null;
}

export class UnitScope {
  private readonly unitTokens = new Map<string, Set<string>>();
  private readonly vocabulary = new Set<string>();
  private readonly asOfYear: number;

  constructor(
    private readonly sheet: FactSheet,
    private readonly language: ClaimLanguage,
  ) {
    this.asOfYear = Number(sheet.asOf.slice(0, 4)) || new Date().getUTCFullYear();
    for (const unit of sheet.units) {
      const own = new Set(
        tokens(`${unit.competitionName} ${unit.eventName}`).filter((t) => !YEAR.test(t) && !language.occasion.generic.has(t)),
      );
      this.unitTokens.set(unit.id, own);
      for (const t of own) this.vocabulary.add(t);
    }
  }

  /** What a clause says about its occasion; null when it says nothing. */
  hint(text: string): ScopeHint | null {
    const { occasion } = this.language;
    const clean = text.replace(occasion.ignore, ' ');
    if (clean.trim() === '') return null;
    const words = tokens(clean);
    const years = words.filter((t) => YEAR.test(t)).map(Number);
    const ago = occasion.yearsAgo(clean);
    if (ago !== null) years.push(this.asOfYear - ago);
    const named = [...new Set(words.filter((t) => this.vocabulary.has(t)))];
    const other = occasion.elsewhere.exec(clean);
    const elsewhere = other !== null && !tokens(other[0]).some((t) => this.vocabulary.has(t));
    if (years.length === 0 && named.length === 0 && !elsewhere) return null;
    return { years: [...new Set(years)], tokens: named, elsewhere };
  }

  /** The units a hint allows, in the order given; all of them when there is no hint. */
  filter(units: readonly FactUnit[], hint: ScopeHint | null): FactUnit[] {
    if (!hint) return [...units];
    if (hint.elsewhere) return [];
    return units.filter((unit) => {
      const year = unitYear(unit);
      if (hint.years.length > 0 && (year === null || !hint.years.includes(year))) return false;
      const own = this.unitTokens.get(unit.id);
      return hint.tokens.every((t) => own?.has(t));
    });
  }

  merge(a: ScopeHint | null, b: ScopeHint | null): ScopeHint | null {
    if (!a) return b;
    if (!b) return a;
    return {
      years: [...new Set([...a.years, ...b.years])],
      tokens: [...new Set([...a.tokens, ...b.tokens])],
      elsewhere: a.elsewhere || b.elsewhere,
    };
  }

  get units(): readonly FactUnit[] {
    return this.sheet.units;
  }
}
