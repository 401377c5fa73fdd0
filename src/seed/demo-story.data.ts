// The demo story (docs: story-facts.md): credits, photos, quotes, posts and the text.
// The prose and captions are our own words; quotes are short excerpts, attributed.
// Anything the report does not state (photographers, exact times of day) is left out.
import type { QuoteContext, SocialPlatform } from '../generated/prisma/enums.js';
import { day } from './demo-sports.data.js';
import { toGlobalId } from '../graphql/relay/global-id.js';

export const STORY_SLUG = 'leerdam-wins-olympic-1000m-gold';
export const RACE_DAY = '2026-02-09';

export const AGENCIES = [
  { slug: 'getty-images', name: 'Getty Images', creditFormat: 'Photo by {photographer}/Getty Images' },
  // Files say "AP" or "(AP Photo/…)", never the full name: the aliases and pattern recognise them.
  {
    slug: 'associated-press',
    name: 'The Associated Press',
    creditFormat: 'AP Photo/{photographer}',
    aliases: ['AP', 'Associated Press'],
    matchPatterns: ['\\(AP Photo/'],
  },
  { slug: 'afp-via-getty-images', name: 'AFP via Getty Images', creditFormat: '{photographer}/AFP via Getty Images' },
] as const;

export type AgencySlug = (typeof AGENCIES)[number]['slug'];
export type PhotoKey = 'leerdam-celebrates' | 'paul-in-the-stands' | 'leerdam-podium';
export type PostKey = 'paul-gold' | 'paul-proud';
export type QuoteKey =
  | 'leerdam-stand'
  | 'leerdam-recover'
  | 'leerdam-dream'
  | 'leerdam-peaked'
  | 'kok-best'
  | 'kok-respect'
  | 'paul-gold'
  | 'paul-proud'
  | 'derksen-diva';

/** IPTC fields every demo photo shares: taken on race day in Milan, at the women's 1000 m. */
export const PHOTO_LOCATION = { dateCreated: day(RACE_DAY), city: 'Milan', countryIso2: 'IT', mimeType: 'image/jpeg' } as const;

export interface DemoPhoto {
  key: PhotoKey;
  supplier: AgencySlug;
  /** Stable natural key with the supplier: how a re-seed finds the asset. */
  supplierImageId: string;
  url: string;
  width: number;
  height: number;
  caption: string;
  altText: string;
  /** Verbatim from the supplier; no photographer is named in the report. */
  creditLine: string;
  peopleShown: string[];
}

export const PHOTOS: readonly DemoPhoto[] = [
  {
    key: 'leerdam-celebrates',
    supplier: 'getty-images',
    supplierImageId: 'demo-1',
    url: 'https://media.podium.example/demo/2026-02-09-leerdam-celebrates.jpg',
    width: 3000,
    height: 2000,
    caption:
      "MILAN, ITALY - FEBRUARY 09: Jutta Leerdam of Team Netherlands celebrates her Olympic record in the Women's 1000m on day three of the Milano Cortina 2026 Olympic Winter Games at Milano Speed Skating Stadium on February 09, 2026 in Milan, Italy.",
    altText: "Speed skater Jutta Leerdam celebrating on the ice after setting an Olympic record in the women's 1000 metres.",
    creditLine: 'Getty Images',
    peopleShown: ['jutta-leerdam'],
  },
  {
    key: 'paul-in-the-stands',
    supplier: 'associated-press',
    supplierImageId: 'demo-2',
    url: 'https://media.podium.example/demo/2026-02-09-jake-paul-stands.jpg',
    width: 2400,
    height: 1600,
    caption:
      "Jake Paul, center, is in tears in the stands after his fiancee, Jutta Leerdam of the Netherlands, won the women's 1,000 meters speed skating race at the 2026 Winter Olympics in Milan, Italy, Monday, Feb. 9, 2026.",
    altText: 'Jake Paul crying among spectators in the stands of the speed skating venue in Milan.',
    creditLine: 'AP',
    peopleShown: ['jake-paul'],
  },
  {
    key: 'leerdam-podium',
    supplier: 'afp-via-getty-images',
    supplierImageId: 'demo-3',
    url: 'https://media.podium.example/demo/2026-02-09-leerdam-podium.jpg',
    width: 3000,
    height: 2000,
    caption:
      "Gold medallist Netherlands' Jutta Leerdam stands on the podium at the end of the women's 1000m speed skating event at the Milano Speed Skating Stadium in Milan during the Milano Cortina 2026 Winter Olympic Games on February 9, 2026.",
    altText: "Jutta Leerdam on the top step of the podium after the women's 1000 metres.",
    creditLine: 'AFP via Getty Images',
    peopleShown: ['jutta-leerdam'],
  },
];

export interface DemoPost {
  key: PostKey;
  platform: SocialPlatform;
  url: string;
  authorHandle: string;
  author: string;
  text: string;
  /** Only the day is known. */
  postedAt: Date;
}

// The status ids are illustrative placeholders, not the real posts' ids.
export const POSTS: readonly DemoPost[] = [
  {
    key: 'paul-gold',
    platform: 'X',
    url: 'https://x.com/jakepaul/status/2020000000000000001',
    authorHandle: '@jakepaul',
    author: 'jake-paul',
    text: 'You did it my love. Olympic Gold.',
    postedAt: day(RACE_DAY),
  },
  {
    key: 'paul-proud',
    platform: 'X',
    url: 'https://x.com/jakepaul/status/2020000000000000002',
    authorHandle: '@jakepaul',
    author: 'jake-paul',
    text: 'words cant describe how proud of you i am',
    postedAt: day(RACE_DAY),
  },
];

export interface DemoQuote {
  key: QuoteKey;
  speaker: string;
  text: string;
  context: QuoteContext;
  /** Said about the 2026 final (its unit, and so its event). */
  aboutFinal: boolean;
  post?: PostKey;
}

export const QUOTES: readonly DemoQuote[] = [
  {
    key: 'leerdam-stand',
    speaker: 'jutta-leerdam',
    text: "I couldn't really stand, I couldn't really see",
    context: 'TOLD_REPORTERS',
    aboutFinal: true,
  },
  {
    key: 'leerdam-recover',
    speaker: 'jutta-leerdam',
    text: 'You have 80 years to recover from this',
    context: 'TOLD_REPORTERS',
    aboutFinal: true,
  },
  { key: 'leerdam-dream', speaker: 'jutta-leerdam', text: 'Oh my, this is a dream come true', context: 'TOLD_REPORTERS', aboutFinal: true },
  {
    key: 'leerdam-peaked',
    speaker: 'jutta-leerdam',
    text: 'That I peaked at the right moment is just insane.',
    context: 'TOLD_REPORTERS',
    aboutFinal: true,
  },
  { key: 'kok-best', speaker: 'femke-kok', text: 'I skated one of my best 1000m ever', context: 'TOLD_REPORTERS', aboutFinal: true },
  {
    key: 'kok-respect',
    speaker: 'femke-kok',
    text: 'Jutta was just better, a lot of respect to her.',
    context: 'TOLD_REPORTERS',
    aboutFinal: true,
  },
  {
    key: 'paul-gold',
    speaker: 'jake-paul',
    text: 'You did it my love. Olympic Gold.',
    context: 'SOCIAL_POST',
    aboutFinal: true,
    post: 'paul-gold',
  },
  {
    key: 'paul-proud',
    speaker: 'jake-paul',
    text: 'words cant describe how proud of you i am',
    context: 'SOCIAL_POST',
    aboutFinal: true,
    post: 'paul-proud',
  },
  // The report gives no medium or date; Derksen is a television pundit, so BROADCAST, outlet unknown.
  { key: 'derksen-diva', speaker: 'johan-derksen', text: 'diva', context: 'BROADCAST', aboutFinal: false },
];

/** What a story link or mention can point at, by natural key. */
export type Target = `person:${string}` | `competition:${string}` | 'event:final-2026' | 'venue:milano';

/** Ids of everything the story points at, however they were created (seed or API). */
export interface StoryIds {
  people: Record<string, string>;
  competitions: Record<string, string>;
  event2026: string;
  unit2026: string;
  venue: string;
  leerdamResult2026: string;
  takagiResult2022: string;
  quotes: Record<QuoteKey, string>;
  posts: Record<PostKey, string>;
  assets: Record<PhotoKey, string>;
}

/** The same ids as the API gives them out (global ids), for input that goes through the API's validation. */
export function apiIds(ids: StoryIds): StoryIds {
  const each = <K extends string>(type: string, keys: Record<K, string>) =>
    Object.fromEntries(Object.entries<string>(keys).map(([key, id]) => [key, toGlobalId(type, id)])) as Record<K, string>;
  return {
    people: each('Person', ids.people),
    competitions: each('Competition', ids.competitions),
    event2026: toGlobalId('Event', ids.event2026),
    unit2026: toGlobalId('Unit', ids.unit2026),
    venue: toGlobalId('Venue', ids.venue),
    leerdamResult2026: toGlobalId('Result', ids.leerdamResult2026),
    takagiResult2022: toGlobalId('Result', ids.takagiResult2022),
    quotes: each('Quote', ids.quotes),
    posts: each('SocialPost', ids.posts),
    assets: each('MediaAsset', ids.assets),
  };
}

/** A paragraph and the phrases in it that name something, in reading order. */
export type Paragraph = { text: string; mentions: [phrase: string, target: Target][] };
export type BodyItem = Paragraph | { quote: QuoteKey } | { image: PhotoKey } | { socialPost: PostKey } | 'results-table' | 'fact-box';

const p = (text: string, ...mentions: [string, Target][]): Paragraph => ({ text, mentions });

export const HEADLINE = 'Leerdam skates Olympic record to take 1000m gold in Milan';
export const SUMMARY =
  'Jutta Leerdam went last and went fastest: her 1:12.31 beat Dutch teammate Femke Kok to the title, with defending champion Miho Takagi third.';

export const BODY: readonly BodyItem[] = [
  p(
    "Jutta Leerdam is the Olympic 1000 m champion. Racing in the final pair at the Milano Speed Skating Stadium on Monday afternoon, the 27-year-old Dutch skater clocked 1:12.31, a new Olympic record, to win the women's 1000 m on day three of the Milano Cortina Games.",
    ['Jutta Leerdam', 'person:jutta-leerdam'],
    ['Milano Speed Skating Stadium', 'venue:milano'],
    ["women's 1000 m", 'event:final-2026'],
    ['Milano Cortina Games', 'competition:milano-cortina-2026'],
  ),
  { image: 'leerdam-celebrates' },
  p(
    'Femke Kok had set the target one pair earlier. Her 1:12.59 knocked Erin Jackson off the top of the standings and looked good for gold until Leerdam went 0.28 seconds faster. Kok took silver.',
    ['Femke Kok', 'person:femke-kok'],
    ['Erin Jackson', 'person:erin-jackson'],
    ['Leerdam', 'person:jutta-leerdam'],
  ),
  p(
    "Miho Takagi, paired with Leerdam in that last race, won bronze in 1:13.95. The Japanese skater arrived as world champion and as the defending Olympic champion: at Beijing 2022 she had taken this title with Leerdam second. In Milan, Leerdam's time was almost a second quicker than Takagi's winning time of four years ago.",
    ['Miho Takagi', 'person:miho-takagi'],
    ['Leerdam', 'person:jutta-leerdam'],
    ['Beijing 2022', 'competition:beijing-2022'],
  ),
  'results-table',
  p(
    'Brittany Bowe of the United States, the world record holder over the distance, raced alongside Kok and finished 2.24 seconds behind the winner. Her compatriot Erin Jackson, Olympic 500 m champion in 2022, placed sixth.',
    ['Brittany Bowe', 'person:brittany-bowe'],
    ['Kok', 'person:femke-kok'],
    ['Erin Jackson', 'person:erin-jackson'],
  ),
  p(
    'Leerdam said afterwards she was too exhausted to take it all in. During the race she had reminded herself that there would be plenty of time to recover, and seeing green next to her name on the board felt like a dream.',
    ['Leerdam', 'person:jutta-leerdam'],
  ),
  { quote: 'leerdam-stand' },
  { quote: 'leerdam-recover' },
  { quote: 'leerdam-dream' },
  { quote: 'leerdam-peaked' },
  p('Kok was pleased with her own race and generous towards the winner.', ['Kok', 'person:femke-kok']),
  { quote: 'kok-best' },
  { quote: 'kok-respect' },
  p(
    "Among the orange-clad Dutch fans in the stands was Jake Paul, the American YouTuber turned boxer, who is Leerdam's fiancé; he was seen in tears as she won. The two have been a couple since 2022, after meeting on Instagram.",
    ['Jake Paul', 'person:jake-paul'],
    ['Leerdam', 'person:jutta-leerdam'],
  ),
  { image: 'paul-in-the-stands' },
  { socialPost: 'paul-gold' },
  { socialPost: 'paul-proud' },
  p(
    'Her build-up to the Games had drawn criticism at home. Leerdam flew to Milan by private jet rather than travelling with the Dutch team, and followed the opening ceremony at San Siro from her hotel bed, which led the pundit Johan Derksen to call her a diva.',
    ['Leerdam', 'person:jutta-leerdam'],
    ['Johan Derksen', 'person:johan-derksen'],
  ),
  { image: 'leerdam-podium' },
  'fact-box',
];

export const LINKS: readonly { relation: 'ABOUT' | 'MENTIONS'; target: Target }[] = [
  { relation: 'ABOUT', target: 'event:final-2026' },
  { relation: 'ABOUT', target: 'person:jutta-leerdam' },
  { relation: 'ABOUT', target: 'person:femke-kok' },
  { relation: 'ABOUT', target: 'person:miho-takagi' },
  ...(['brittany-bowe', 'erin-jackson', 'jake-paul', 'johan-derksen'] as const).map((slug) => ({
    relation: 'MENTIONS' as const,
    target: `person:${slug}` as const,
  })),
  { relation: 'MENTIONS', target: 'venue:milano' },
  { relation: 'MENTIONS', target: 'competition:milano-cortina-2026' },
  { relation: 'MENTIONS', target: 'competition:beijing-2022' },
];

export const TABLE_COLUMNS = ['RANK', 'COMPETITOR', 'NOC', 'VALUE', 'BEHIND', 'MEDAL', 'RECORDS'];
