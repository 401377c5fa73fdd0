// The reference story's sports facts (docs: story-facts.md), keyed by stable slugs.
// Anything the report does not state is null here, never guessed.
import type { Prisma } from '../generated/prisma/client.js';
import type { Medal, ResultStatus, UnitStatus } from '../generated/prisma/enums.js';

export const day = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);

export interface DemoPerson extends Omit<Prisma.PersonCreateInput, 'noc' | 'birthDate'> {
  slug: string;
  nocCode: string;
  birthDate?: string;
  /** Discipline of the athlete profile; people without one are not athletes. */
  athleteDiscipline?: string;
}

export const ORGANISATIONS: readonly Prisma.OrganisationCreateInput[] = [
  { slug: 'isu', name: 'International Skating Union', shortName: 'ISU', kind: 'GOVERNING_BODY' },
  { slug: 'getty-images', name: 'Getty Images', kind: 'AGENCY' },
  { slug: 'associated-press', name: 'The Associated Press', shortName: 'AP', kind: 'AGENCY' },
  { slug: 'afp', name: 'Agence France-Presse', shortName: 'AFP', kind: 'AGENCY' },
  { slug: 'x', name: 'X', kind: 'PLATFORM' },
];

const skater = { gender: 'FEMALE', athleteDiscipline: 'SSK' } as const;

export const PEOPLE: readonly DemoPerson[] = [
  {
    ...skater,
    slug: 'jutta-leerdam',
    givenName: 'Jutta',
    familyName: 'Leerdam',
    displayName: 'Jutta Leerdam',
    nocCode: 'NED',
    birthDate: '1998-12-30',
    description: 'Dutch speed skater.',
  },
  {
    ...skater,
    slug: 'femke-kok',
    givenName: 'Femke',
    familyName: 'Kok',
    displayName: 'Femke Kok',
    nocCode: 'NED',
    description: 'Dutch speed skater.',
  },
  // Japanese usage puts the family name first (Takagi Miho); displayName keeps the English press form.
  {
    ...skater,
    slug: 'miho-takagi',
    givenName: 'Miho',
    familyName: 'Takagi',
    displayName: 'Miho Takagi',
    nameOrder: 'FAMILY_GIVEN',
    nocCode: 'JPN',
    description: 'Japanese speed skater.',
  },
  {
    ...skater,
    slug: 'brittany-bowe',
    givenName: 'Brittany',
    familyName: 'Bowe',
    displayName: 'Brittany Bowe',
    nocCode: 'USA',
    description: 'American speed skater.',
  },
  {
    ...skater,
    slug: 'erin-jackson',
    givenName: 'Erin',
    familyName: 'Jackson',
    displayName: 'Erin Jackson',
    nocCode: 'USA',
    description: 'American speed skater.',
  },
  {
    slug: 'jake-paul',
    givenName: 'Jake',
    familyName: 'Paul',
    displayName: 'Jake Paul',
    gender: 'MALE',
    nocCode: 'USA',
    athleteDiscipline: 'BOX',
    description: 'American YouTuber turned boxer.',
  },
  {
    slug: 'johan-derksen',
    givenName: 'Johan',
    familyName: 'Derksen',
    displayName: 'Johan Derksen',
    gender: 'MALE',
    nocCode: 'NED',
    description: 'Dutch former footballer turned sports pundit.',
  },
];

export const VENUE = {
  slug: 'milano-speed-skating-stadium',
  name: 'Milano Speed Skating Stadium',
  city: 'Milan',
  countryIso2: 'IT',
  timezone: 'Europe/Rome',
} satisfies Prisma.VenueCreateInput;

/** The same event in every edition; the recurring key is what links them. */
export const WOMENS_1000M = {
  disciplineCode: 'SSK',
  recurringKey: 'SSK-W-1000M',
  name: "Women's 1000m",
  gender: 'WOMEN',
  style: 'RANKED',
  resultType: 'TIME',
} as const;

export interface DemoResultRow {
  person: string;
  displayOrder: number;
  rank: number | null;
  /** Speed skating pair number. */
  startGroup: number | null;
  timeMs: number | null;
  medal?: Medal;
  recordMarks?: string[];
}

export interface DemoEdition {
  competition: Omit<Prisma.CompetitionCreateInput, 'startDate' | 'endDate'> & { startDate: string; endDate: string };
  venueSlug: string | null;
  scheduledAt: Date | null;
  status: UnitStatus;
  resultStatus: ResultStatus;
  results: DemoResultRow[];
  standings: { person: string; rank: number; medal: Medal }[];
}

const medallists = (gold: string, silver: string, bronze?: string): DemoEdition['standings'] => [
  { person: gold, rank: 1, medal: 'GOLD' },
  { person: silver, rank: 2, medal: 'SILVER' },
  ...(bronze ? [{ person: bronze, rank: 3, medal: 'BRONZE' as const }] : []),
];

export const EDITIONS: readonly DemoEdition[] = [
  {
    competition: {
      slug: 'beijing-2022',
      name: 'Beijing 2022 Olympic Winter Games',
      kind: 'OLYMPIC_GAMES',
      startDate: '2022-02-04',
      endDate: '2022-02-20',
      hostCountryIso2: 'CN',
    },
    // Only the top two are known (from the 2026 report); venue and start time are not.
    venueSlug: null,
    scheduledAt: null,
    status: 'FINISHED',
    resultStatus: 'PARTIAL',
    results: [
      // Whether 1:13.19 was an Olympic record at the time is not stated: no mark.
      { person: 'miho-takagi', displayOrder: 1, rank: 1, startGroup: null, timeMs: 73190, medal: 'GOLD' },
      { person: 'jutta-leerdam', displayOrder: 2, rank: 2, startGroup: null, timeMs: null, medal: 'SILVER' },
    ],
    standings: medallists('miho-takagi', 'jutta-leerdam'),
  },
  {
    competition: {
      slug: 'milano-cortina-2026',
      name: 'Milano Cortina 2026 Olympic Winter Games',
      kind: 'OLYMPIC_GAMES',
      startDate: '2026-02-06',
      endDate: '2026-02-22',
      hostCountryIso2: 'IT',
    },
    venueSlug: VENUE.slug,
    // The report says only "in the afternoon" of 9 February; 16:00 local is a placeholder hour.
    scheduledAt: new Date('2026-02-09T16:00:00+01:00'),
    status: 'FINISHED',
    // Ranks 4-5, Jackson's time and all lanes are unknown until the official import.
    resultStatus: 'PARTIAL',
    results: [
      { person: 'jutta-leerdam', displayOrder: 1, rank: 1, startGroup: 15, timeMs: 72310, medal: 'GOLD', recordMarks: ['OR'] },
      { person: 'femke-kok', displayOrder: 2, rank: 2, startGroup: 14, timeMs: 72590, medal: 'SILVER' },
      { person: 'miho-takagi', displayOrder: 3, rank: 3, startGroup: 15, timeMs: 73950, medal: 'BRONZE' },
      // Fourth or fifth: the report does not say which, so no rank.
      { person: 'brittany-bowe', displayOrder: 4, rank: null, startGroup: 14, timeMs: 74550 },
      { person: 'erin-jackson', displayOrder: 6, rank: 6, startGroup: null, timeMs: null },
    ],
    standings: medallists('jutta-leerdam', 'femke-kok', 'miho-takagi'),
  },
];

export interface DemoRecord {
  recordTypeCode: string;
  holder: string;
  valueMs: number | null;
  setOn: string | null;
  /** The result row that set it: competition slug of the edition, holder's row. */
  setInCompetition: string | null;
}

export const RECORDS: readonly DemoRecord[] = [
  { recordTypeCode: 'OR', holder: 'jutta-leerdam', valueMs: 72310, setOn: '2026-02-09', setInCompetition: 'milano-cortina-2026' },
  // The report names Bowe as world record holder but gives neither the time nor the
  // date; null until the ISU record list is imported rather than a guessed value.
  { recordTypeCode: 'WR', holder: 'brittany-bowe', valueMs: null, setOn: null, setInCompetition: null },
];
