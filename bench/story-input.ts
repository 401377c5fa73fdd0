import { toGlobalId } from '../src/graphql/relay/global-id.js';
import type { Athlete } from './generate.js';

/** What one generated story points at (row keys; the input built from it carries the API's global ids): its event's five athletes, quotes, photos and byline. */
export interface StoryMaterial {
  eventId: string;
  unitId: string;
  eventName: string;
  /** The unit's competitors in result order; all five are linked and mentioned. */
  athletes: Athlete[];
  quoteIds: string[];
  assetIds: string[];
  reporterIds: string[];
}

type Mention = { start: number; end: number; targetType: 'PERSON'; targetId: string };
type Block = { type: string; [payload: string]: unknown };

// Each says the first skater finished ahead, as the data has it: the fact check would refuse to publish "trailed".
const VERBS = ['edged', 'beat', 'held off', 'outpaced', 'finished ahead of', 'pipped', 'outskated', 'got the better of'];
const FILLER = [
  'on a fast track in cold, dry air',
  'after a nervous start from the inner lane',
  'with a strong final lap that lifted the crowd',
  'despite a slip in the last corner',
  'in the second pair of the afternoon',
  'as the ice slowed late in the session',
  'to move up the overall standings',
  'and will race again at the next round',
];
const COLUMNS = ['RANK', 'COMPETITOR', 'NOC', 'VALUE', 'BEHIND', 'MEDAL'];

/** A paragraph naming some athletes, with their mentions at the right UTF-16 offsets. */
function paragraph(parts: (string | Athlete)[]): Block {
  let text = '';
  const mentions: Mention[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
    } else {
      mentions.push({
        start: text.length,
        end: text.length + part.displayName.length,
        targetType: 'PERSON',
        targetId: toGlobalId('Person', part.id),
      });
      text += part.displayName;
    }
  }
  return { type: 'PARAGRAPH', paragraph: { text, mentions } };
}

const words = (seed: number, k: number) => FILLER[(seed + k) % FILLER.length];
const verb = (seed: number, k: number) => VERBS[(seed * 3 + k) % VERBS.length];

/**
 * The body of a generated story: 4 paragraphs mentioning the 5 athletes, a results table of
 * the unit, 4 quote blocks and 3 image blocks (12 blocks). Longer bodies add paragraphs and a
 * heading every sixth block, cycling through the athletes.
 */
export function storyBlocks(m: StoryMaterial, seed: number, total = 12): Block[] {
  const [a, b, c, d, e] = m.athletes as [Athlete, Athlete, Athlete, Athlete, Athlete];
  const image = (i: number): Block => ({ type: 'IMAGE', image: { assetId: toGlobalId('MediaAsset', m.assetIds[i]) } });
  const quote = (i: number): Block => ({ type: 'QUOTE', quote: { quoteId: toGlobalId('Quote', m.quoteIds[i]) } });
  const blocks: Block[] = [
    paragraph([a, ` won the ${m.eventName} `, words(seed, 0), ', and ', b, ` ${verb(seed, 0)} the field for second.`]),
    image(0),
    paragraph([c, ` ${verb(seed, 1)} `, d, ' for third place ', words(seed, 1), '.']),
    { type: 'RESULTS_TABLE', resultsTable: { unitId: toGlobalId('Unit', m.unitId), columns: COLUMNS } },
    quote(0),
    quote(1),
    paragraph([e, ` did not finish `, words(seed, 2), '.']),
    image(1),
    quote(2),
    quote(3),
    paragraph([`The next round follows in a week; `, a, ` leads `, b, ` ${words(seed, 3)}.`]),
    image(2),
  ];
  for (let k = 0; blocks.length < total; k++) {
    const athlete = m.athletes[k % m.athletes.length];
    blocks.push(
      blocks.length % 6 === 5
        ? { type: 'HEADING', heading: { text: `How ${athlete.displayName} raced (${k + 1})`, level: 2 } }
        : paragraph([athlete, ` ${verb(seed, k)} the clock `, words(seed, k), ` in lap ${k + 1} of ${seed}.`]),
    );
  }
  return blocks.slice(0, total);
}

/** A createArticle input as JSON (usable as GraphQL variables): 5 athlete links and the event. */
export function storyInput(m: StoryMaterial, slug: string, seed: number, blockCount = 12) {
  const [winner, second] = m.athletes as [Athlete, Athlete];
  return {
    slug,
    headline: `${winner.displayName} wins the ${m.eventName} ahead of ${second.displayName}`,
    summary: `${winner.displayName} took the ${m.eventName} ${words(seed, 4)}; ${second.displayName} was second.`,
    language: 'en',
    section: 'speed-skating',
    tags: ['speed-skating', 'world-cup'],
    authors: m.reporterIds.map((personId) => ({ personId: toGlobalId('Person', personId) })),
    links: [
      { relation: 'ABOUT', targetType: 'EVENT', targetId: toGlobalId('Event', m.eventId) },
      ...m.athletes.map((athlete, i) => ({
        relation: i < 2 ? 'ABOUT' : 'MENTIONS',
        targetType: 'PERSON',
        targetId: toGlobalId('Person', athlete.id),
      })),
    ],
    blocks: storyBlocks(m, seed, blockCount),
  };
}
