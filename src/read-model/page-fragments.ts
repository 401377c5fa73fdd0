// The canonical selections of the public pages, as GraphQL fragments. A stored page holds
// exactly these fields (and __typename everywhere); a query that asks for anything else runs
// on the live path. No arguments and no aliases: one stored value per field.

const FRAGMENTS: Record<string, string> = {
  NocPage: `fragment NocPage on Noc { code name kind isoAlpha2 isoAlpha3 }`,
  PersonCard: `fragment PersonCard on Person {
    id slug displayName givenName familyName nameOrder gender birthDate description version
    noc { ...NocPage } athlete { disciplineCode externalIds } }`,
  OrganisationCard: `fragment OrganisationCard on Organisation { id slug name shortName kind nocCode version }`,
  VenueCard: `fragment VenueCard on Venue { id slug name city countryIso2 timezone version }`,
  CompetitionCard: `fragment CompetitionCard on Competition {
    id slug name kind startDate endDate hostCountryIso2 version parent { id slug name kind startDate endDate hostCountryIso2 version } }`,
  DisciplinePage: `fragment DisciplinePage on Discipline { code name sportName tiePolicy timeDecimals timeRounding }`,
  EventCard: `fragment EventCard on Event {
    id name recurringKey gender style resultType version discipline { ...DisciplinePage } competition { ...CompetitionCard } }`,
  PhaseCard: `fragment PhaseCard on Phase { id name kind order version }`,
  CompetitorRow: `fragment CompetitorRow on Competitor {
    id bib displayName version noc { ...NocPage } person { ...PersonCard } team { ...OrganisationCard } }`,
  ResultRow: `fragment ResultRow on Result {
    id rank rankEqual displayOrder displayValue behind medal irm lane markMm points qualificationMark resultCode score
    startGroup startOrder timeMs timePrecision wlt
    recordMarks { code name scope equalled groupCode }
    details { seq kind label judge timeMs value }
    periods { kind number score tieBreak } designation
    competitor { ...CompetitorRow } }`,
  UnitRows: `fragment UnitRows on Unit {
    id name order status resultStatus scheduledAt version phase { ...PhaseCard } venue { ...VenueCard } results { ...ResultRow }
    decision
    incidents {
      seq kind periodKind periodNumber minute addedMinute displayMinute shootoutOrder outcome
      competitor { id } person { ...PersonCard } relatedPerson { ...PersonCard } } }`,
  // No version: a results save bumps it, and a story that names the unit is not rebuilt for that.
  UnitCard: `fragment UnitCard on Unit { id name order status resultStatus scheduledAt event { ...EventCard } phase { ...PhaseCard } }`,
  StandingRow: `fragment StandingRow on EventStanding { id rank rankEqual medal irm competitor { ...CompetitorRow } }`,
  LinkTarget: `fragment LinkTarget on Linkable {
    ... on Person { ...PersonCard }
    ... on Organisation { ...OrganisationCard }
    ... on Venue { ...VenueCard }
    ... on Competition { ...CompetitionCard }
    ... on Event { ...EventCard }
    ... on Unit { ...UnitCard venue { ...VenueCard } } }`,
  AgencyCard: `fragment AgencyCard on Agency { id slug name creditFormat version }`,
  AssetPage: `fragment AssetPage on MediaAsset {
    id url kind mimeType width height sizeBytes headline caption altText captionWriter credit creditLine copyrightNotice
    source supplierImageId usageTerms webStatement licensorUrl city countryIso2 dateCreated createdAt version missing
    houseCredit editorialUseOnly eventName creatorNames personShownNames creditNeedsReview
    focalPoint { x y } renditionsStatus renditions { name url width height format mimeType sizeBytes }
    supplier { ...AgencyCard }
    creators { id slug name creditFormat version agency { ...AgencyCard } }
    peopleShown { ...PersonCard }
    event { ...EventCard } }`,
  ImageBlockPage: `fragment ImageBlockPage on ImageBlock {
    id position caption captionOverride credit creditOverride altText altTextOverride asset { ...AssetPage } }`,
  SocialPostPage: `fragment SocialPostPage on SocialPost {
    id platform url authorHandle text postedAt capturedAt version author { ...PersonCard } }`,
  QuotePage: `fragment QuotePage on Quote {
    id text context language originalLanguage originalText outlet saidAt version
    speaker { ... on Person { ...PersonCard } ... on Organisation { ...OrganisationCard } }
    event { ...EventCard }
    unit { ...UnitCard }
    socialPost { ...SocialPostPage } }`,
};

/** The fragment text `root` with every fragment it spreads, each once. */
export function withFragments(root: string): string {
  const included = new Set<string>();
  const queue = [root];
  const texts = [root];
  while (queue.length) {
    const text = queue.pop() ?? '';
    for (const [, name] of text.matchAll(/\.\.\.([A-Za-z]+)/g)) {
      if (included.has(name)) continue;
      const fragment = FRAGMENTS[name];
      if (!fragment) throw new Error(`Unknown page fragment ${name}`);
      included.add(name);
      texts.push(fragment);
      queue.push(fragment);
    }
  }
  return texts.join('\n');
}
