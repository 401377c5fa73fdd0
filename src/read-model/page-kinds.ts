import { withFragments } from './page-fragments.js';
import type { PageKind } from './document-catalog.js';

/**
 * A published story as a reader sees it: every block with what it points at, the byline, the
 * links, JSON-LD. A results table or a match leads to its unit's (or event's) own page, read with the
 * story: a correction rebuilds that page alone, and every story that shows it has it at once.
 */
export const STORY_PAGE: PageKind = {
  type: 'Article',
  fragment: 'StoryPage',
  selection: withFragments(`fragment StoryPage on Article {
    id slug headline summary language section tags canonicalUrl seoTitle seoDescription publishedAt createdAt updatedAt version status
    dateline { place date }
    corrections { note at }
    jsonLd
    authors { role person { ...PersonCard } }
    links { relation target { ...LinkTarget } }
    leadImage { ...ImageBlockPage }
    body {
      ... on ParagraphBlock { id position text marks { start end type href } mentions { start end targetType target { ...LinkTarget } } }
      ... on HeadingBlock { id position text level }
      ... on QuoteBlock { id position quote { ...QuotePage } }
      ... on ImageBlock { ...ImageBlockPage }
      ... on ResultsTableBlock { id position columns top unit { id } event { id } }
      ... on SocialPostBlock { id position post { ...SocialPostPage } }
      ... on FactBoxBlock {
        id position title
        items { label kind value sources { ... on Result { id displayValue timeMs unit { id } } ... on Person { ...PersonCard } } }
      }
      ... on EmbedBlock { id position url provider }
      ... on MatchBlock {
        id position show scoreLine decision unit { id }
        sides { ...ResultRow }
        scorers { hatTrick goalCount person { ...PersonCard } goals { displayMinute periodKind penalty ownGoal } }
        cards { seq kind displayMinute periodKind periodNumber minute addedMinute person { ...PersonCard } }
      }
      ... on StandingsBlock { id position asOf matchday top highlight phase { ...PhaseCard } }
    }
  }`),
};

/** A race, match or bout with its results. */
export const UNIT_PAGE: PageKind = {
  type: 'Unit',
  fragment: 'UnitPage',
  selection: withFragments(`fragment UnitPage on Unit { ...UnitRows event { ...EventCard } }`),
};

/** An event with its phases, units and results, its standings, the previous edition and the defending champion. */
export const EVENT_PAGE: PageKind = {
  type: 'Event',
  fragment: 'EventPage',
  selection: withFragments(`fragment EventPage on Event {
    ...EventCard
    previousEdition { ...EventCard }
    defendingChampion { ...CompetitorRow }
    phases { ...PhaseCard }
    units { ...UnitRows }
    standings { ...StandingRow }
  }`),
};

/** A competition's own facts (its events are pages of their own, reached through `event(key)`). */
export const COMPETITION_PAGE: PageKind = {
  type: 'Competition',
  fragment: 'CompetitionPage',
  selection: withFragments(`fragment CompetitionPage on Competition { ...CompetitionCard }`),
};

/** A person (their latest stories come from the story pages, through `articles`). */
export const PERSON_PAGE: PageKind = {
  type: 'Person',
  fragment: 'PersonPage',
  selection: withFragments(`fragment PersonPage on Person { ...PersonCard }`),
};

export const PAGE_KINDS: PageKind[] = [STORY_PAGE, UNIT_PAGE, EVENT_PAGE, COMPETITION_PAGE, PERSON_PAGE];
