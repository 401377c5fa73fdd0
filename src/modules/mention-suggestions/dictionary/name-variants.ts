/**
 * The names an entity is written under in English copy, derived from its record. Each comes
 * with how it was derived (`Via`), which sets how sure a match on it is.
 */
export const Via = {
  /** The full name as recorded (display name, given + family, the family-first order). */
  FULL: 0,
  /** A form derived from the full name: "Beijing 2022" for the Games, "women's 1,000 m" for the event. */
  DERIVED: 1,
  /** A recorded alias: a nickname, another spelling, a transliteration an editor added. */
  ALIAS: 2,
  /** An organisation's short name ("Liverpool" for Liverpool FC). */
  SHORT: 3,
  /** An acronym ("ISU"): matched only in capitals. */
  ACRONYM: 4,
  /** A person's family name alone: only once the person is in the story. */
  FAMILY: 5,
} as const;
export type Via = (typeof Via)[keyof typeof Via];

export interface NamedPerson {
  displayName: string;
  givenName: string | null;
  familyName: string | null;
  nameOrder: 'GIVEN_FAMILY' | 'FAMILY_GIVEN';
  aliases: readonly string[];
}

export interface NamedOrganisation {
  name: string;
  shortName: string | null;
  aliases: readonly string[];
}

export interface NameForm {
  name: string;
  via: Via;
}

/** German and Scandinavian spellings without the letter: Ødegaard → Oedegaard, Müller → Mueller, Ådahl → Aadahl. */
const TRANSLITERATIONS: [RegExp, string][] = [
  [/[øö]/g, 'oe'],
  [/[ØÖ]/g, 'Oe'],
  [/ü/g, 'ue'],
  [/Ü/g, 'Ue'],
  [/ä/g, 'ae'],
  [/Ä/g, 'Ae'],
  [/å/g, 'aa'],
  [/Å/g, 'Aa'],
];
const TRANSLITERABLE = /[øöüäåØÖÜÄÅ]/;

/** The name and, when it has letters written otherwise without diacritics, its transliteration. */
export function withTransliteration(name: string): string[] {
  if (!TRANSLITERABLE.test(name)) return [name];
  let spelt = name;
  for (const [letter, replacement] of TRANSLITERATIONS) spelt = spelt.replace(letter, replacement);
  return [name, spelt];
}

const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;
export const isAcronym = (name: string): boolean => ACRONYM.test(name);

/** Full names and aliases of a person; the family name alone is `familyNameOf`. */
export function personForms(person: NamedPerson): NameForm[] {
  const forms: NameForm[] = [{ name: person.displayName, via: Via.FULL }];
  const { givenName, familyName } = person;
  if (givenName && familyName) {
    forms.push({ name: `${givenName} ${familyName}`, via: Via.FULL });
    if (person.nameOrder === 'FAMILY_GIVEN') forms.push({ name: `${familyName} ${givenName}`, via: Via.FULL });
  }
  for (const alias of person.aliases) forms.push({ name: alias, via: isAcronym(alias) ? Via.ACRONYM : Via.ALIAS });
  return expand(forms);
}

/** The family name a story uses alone once the person is in it: recorded, else the display name's last (or first) word. */
export function familyNameOf(person: Pick<NamedPerson, 'displayName' | 'familyName' | 'nameOrder'>): string | null {
  if (person.familyName) return person.familyName;
  const words = person.displayName.trim().split(/\s+/);
  if (words.length < 2) return null;
  return person.nameOrder === 'FAMILY_GIVEN' ? words[0] : words[words.length - 1];
}

export function familyForms(familyName: string): string[] {
  return withTransliteration(familyName);
}

export function organisationForms(organisation: NamedOrganisation): NameForm[] {
  const forms: NameForm[] = [{ name: organisation.name, via: isAcronym(organisation.name) ? Via.ACRONYM : Via.FULL }];
  if (organisation.shortName) {
    forms.push({ name: organisation.shortName, via: isAcronym(organisation.shortName) ? Via.ACRONYM : Via.SHORT });
  }
  for (const alias of organisation.aliases) forms.push({ name: alias, via: isAcronym(alias) ? Via.ACRONYM : Via.ALIAS });
  return expand(forms);
}

export function venueForms(venue: { name: string }): NameForm[] {
  return expand([{ name: venue.name, via: Via.FULL }]);
}

const GAMES =
  /^(.*\S)\s+(\d{4})\s+(?:olympic winter games|winter olympic games|olympic games|winter olympics|summer olympics|olympics|paralympic winter games|paralympic games|games)$/i;
const SEASON = /^(.*\S)\s+\d{4}(?:[/-]\d{2,4})?$/;

/**
 * A competition as copy names it: "Milano Cortina 2026 Olympic Winter Games" is also "Milano
 * Cortina 2026", "the Milano Cortina Games" and "the Milano Cortina Olympics"; a season
 * ("Premier League 2023/24") also goes by its league's name. The place alone is a city, never
 * the Games.
 */
export function competitionForms(competition: { name: string }): NameForm[] {
  const forms: NameForm[] = [{ name: competition.name, via: Via.FULL }];
  const games = GAMES.exec(competition.name);
  if (games) {
    const [, place, year] = games;
    for (const name of [`${place} ${year}`, `${place} ${year} Games`, `${place} ${year} Olympics`, `${place} Games`, `${place} Olympics`]) {
      forms.push({ name, via: Via.DERIVED });
    }
  } else {
    const season = SEASON.exec(competition.name);
    if (season) forms.push({ name: season[1], via: Via.DERIVED });
  }
  return expand(forms);
}

const DISTANCE = /(\d{1,3}(?:,\d{3})+|\d+)\s?(km|m)\b/i;

/** An event as copy writes it: "Women's 1000m" is also "women's 1000 m", "women's 1,000 m", "women's 1,000 metres". */
export function eventForms(event: { name: string }): NameForm[] {
  const forms: NameForm[] = [{ name: event.name, via: Via.FULL }];
  const distance = DISTANCE.exec(event.name);
  if (distance) {
    const digits = distance[1].replace(/,/g, '');
    const grouped = Number(digits).toLocaleString('en-US');
    const unit = distance[2].toLowerCase();
    const words = unit === 'km' ? ['kilometres', 'kilometers'] : ['metres', 'meters'];
    for (const number of new Set([digits, grouped])) {
      for (const written of [`${number}${unit}`, `${number} ${unit}`, ...words.map((word) => `${number} ${word}`)]) {
        const name = event.name.replace(distance[0], written);
        if (name !== event.name) forms.push({ name, via: Via.DERIVED });
      }
    }
  }
  return forms;
}

function expand(forms: NameForm[]): NameForm[] {
  return forms.flatMap((form) => withTransliteration(form.name).map((name) => ({ name, via: form.via })));
}
