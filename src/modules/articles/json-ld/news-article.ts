// schema.org NewsArticle as Google reads it, built from plain loaded data. Only what we
// hold is emitted: an unknown value is left out, never guessed (no publisher, no logo).

import type {
  CompetitionData,
  EntityData,
  EventData,
  PersonData,
  UnitCompetitorData,
  UnitData,
  VenueData,
} from '../../references/linkables/linkable-json-ld.js';
export type { CompetitionData, EntityData, EventData, PersonData, UnitData, VenueData };

export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[];

export interface ImageData {
  url: string;
  /** The caption shown: the placement's override, else the asset's. */
  caption: string | null;
  /** The credit shown: the placement's override, else the asset's effective credit. */
  credit: string | null;
  creators: string[];
  copyrightNotice: string | null;
  /** IPTC Web Statement of Rights → license. */
  webStatement: string | null;
  /** IPTC Licensor URL → acquireLicensePage. */
  licensorUrl: string | null;
  width: number | null;
  height: number | null;
}

export interface NewsArticleData {
  article: {
    headline: string;
    summary: string | null;
    language: string;
    section: string | null;
    tags: string[];
    publishedAt: Date | null;
    updatedAt: Date;
    datelinePlace: string | null;
    datelineDate: Date | null;
    canonicalUrl: string | null;
  };
  authors: PersonData[];
  contributors: PersonData[];
  images: ImageData[];
  about: EntityData[];
  mentions: EntityData[];
  /** Public correction notes, oldest first. */
  corrections?: { note: string; at: string }[];
}

export function newsArticleJsonLd(data: NewsArticleData): JsonLd {
  const { article } = data;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.summary,
    datePublished: article.publishedAt?.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    inLanguage: article.language,
    articleSection: article.section,
    keywords: article.tags,
    dateline: [article.datelinePlace, article.datelineDate && isoDate(article.datelineDate)].filter(Boolean).join(', '),
    url: article.canonicalUrl,
    mainEntityOfPage: article.canonicalUrl,
    author: data.authors.map(person),
    contributor: data.contributors.map(person),
    image: data.images.map(image),
    about: data.about.map(entity),
    mentions: data.mentions.map(entity),
    correction: (data.corrections ?? []).map((c) => ({ '@type': 'CorrectionComment', text: c.note, datePublished: c.at })),
  }) as JsonLd;
}

function person(p: PersonData) {
  return { '@type': 'Person', name: p.name, givenName: p.givenName, familyName: p.familyName };
}

function image(i: ImageData) {
  return {
    '@type': 'ImageObject',
    contentUrl: i.url,
    url: i.url,
    caption: i.caption,
    creditText: i.credit,
    creator: i.creators.map((name) => ({ '@type': 'Person', name })),
    copyrightNotice: i.copyrightNotice,
    license: i.webStatement,
    acquireLicensePage: i.licensorUrl,
    width: i.width,
    height: i.height,
  };
}

function entity(e: EntityData) {
  switch (e.type) {
    case 'PERSON':
      return person(e.person);
    case 'ORGANISATION':
      return { '@type': 'Organization', name: e.name, url: e.url };
    case 'COMPETITION':
      return competition(e.competition);
    case 'EVENT':
      return event(e.event);
    case 'UNIT':
      return unit(e.unit);
    case 'VENUE':
      return place(e.venue);
  }
}

function competition(c: CompetitionData) {
  const location = c.hostCountryIso2
    ? { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: c.hostCountryIso2 } }
    : null;
  return {
    '@type': 'SportsEvent',
    name: c.name,
    startDate: c.startDate && isoDate(c.startDate),
    endDate: c.endDate && isoDate(c.endDate),
    location,
  };
}

function event(e: EventData) {
  return {
    '@type': 'SportsEvent',
    name: e.name,
    startDate: e.startDate?.toISOString(),
    location: e.venue && place(e.venue),
    superEvent: e.competition && competition(e.competition),
  };
}

/** schema.org's EventStatusType for a unit's status; a finished unit took place as scheduled. */
const EVENT_STATUS: Record<string, string> = {
  SCHEDULED: 'https://schema.org/EventScheduled',
  DELAYED: 'https://schema.org/EventScheduled',
  IN_PROGRESS: 'https://schema.org/EventScheduled',
  FINISHED: 'https://schema.org/EventScheduled',
  POSTPONED: 'https://schema.org/EventPostponed',
  SUSPENDED: 'https://schema.org/EventPostponed',
  CANCELLED: 'https://schema.org/EventCancelled',
};

/** A unit (one race, one match) is an event of its own, inside its event, inside the competition. */
function unit(u: UnitData) {
  const sides = u.competitors ?? [];
  const side = (designation: UnitCompetitorData['designation']) => {
    const found = sides.find((c) => c.designation === designation && c.kind === 'TEAM');
    return found && competitor(found);
  };
  return {
    '@type': 'SportsEvent',
    name: u.event ? `${u.event.name} – ${u.name}` : u.name,
    startDate: u.scheduledAt?.toISOString(),
    eventStatus: u.status && EVENT_STATUS[u.status],
    location: u.venue && place(u.venue),
    competitor: sides.map(competitor),
    homeTeam: side('HOME'),
    awayTeam: side('AWAY'),
    superEvent: u.event && event(u.event),
  };
}

function competitor(c: UnitCompetitorData) {
  return c.kind === 'TEAM' ? { '@type': 'SportsTeam', name: c.name } : { '@type': 'Person', name: c.name };
}

function place(v: VenueData) {
  return { '@type': 'Place', name: v.name, address: { '@type': 'PostalAddress', addressLocality: v.city, addressCountry: v.countryIso2 } };
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Drops null, undefined, empty strings, empty arrays and objects left empty, at any depth. */
export function compact(value: unknown): JsonLdValue | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((v): v is JsonLdValue => v !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).flatMap(([k, v]) => {
      const c = compact(v);
      return c === undefined ? [] : [[k, c] as const];
    });
    // An object with nothing but its @type says nothing.
    return entries.some(([k]) => k !== '@type') ? Object.fromEntries(entries) : undefined;
  }
  return value as JsonLdValue;
}
