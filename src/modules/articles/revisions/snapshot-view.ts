import { toGlobalId } from '../../../graphql/relay/global-id.js';
import { LINKABLE_TYPENAMES } from '../../references/linkables/linkable-kinds.js';
import { BLOCK_TYPENAMES } from '../models/article-blocks.model.js';
import { ownText } from './compare/compare-snapshots.js';
import type { RevisionSnapshot, SnapshotBlock } from './revision-snapshot.js';

type Data = Record<string, unknown>;
const gid = (type: string) => (id: unknown) => (typeof id === 'string' ? toGlobalId(type, id) : id);
const linkable = (targetType: unknown) => LINKABLE_TYPENAMES[targetType as keyof typeof LINKABLE_TYPENAMES];

/** The ids inside a stored block are row keys; the API gives out global ids, so the payload shows those, in input shape. */
function payloadView(block: SnapshotBlock): Data {
  const d = block.data;
  switch (block.type) {
    case 'PARAGRAPH':
      return {
        ...d,
        mentions: ((d.mentions as Data[] | undefined) ?? []).map((m) => ({ ...m, targetId: gid(linkable(m.targetType))(m.targetId) })),
      };
    case 'QUOTE':
      return { quoteId: gid('Quote')(d.quoteId) };
    case 'IMAGE':
      return { ...d, assetId: gid('MediaAsset')(d.assetId) };
    case 'SOCIAL_POST':
      return { socialPostId: gid('SocialPost')(d.socialPostId) };
    case 'RESULTS_TABLE':
      return {
        ...d,
        unitId: gid('Unit')(d.unitId ?? null),
        eventId: gid('Event')(d.eventId ?? null),
        competitorIds: ((d.competitorIds as string[] | undefined) ?? []).map(gid('Competitor')),
      };
    case 'FACT_BOX':
      return {
        ...d,
        items: ((d.items as Data[] | undefined) ?? []).map((item) => {
          const fact = item.fact as Data | null | undefined;
          if (!fact) return item;
          const [result, person] = [gid('Result'), gid('Person')];
          return {
            ...item,
            fact: {
              ...fact,
              resultId: result(fact.resultId ?? null),
              otherResultId: result(fact.otherResultId ?? null),
              personId: person(fact.personId ?? null),
            },
          };
        }),
      };
    default:
      return d;
  }
}

export interface RevisionBlockView {
  id: string;
  type: SnapshotBlock['type'];
  text: string | null;
  data: Data;
}

/** A snapshot block as the API shows it: the global id its body block has, its text, its payload. */
export function blockView(block: SnapshotBlock): RevisionBlockView {
  return { id: toGlobalId(BLOCK_TYPENAMES[block.type], block.id), type: block.type, text: ownText(block), data: payloadView(block) };
}

/** A whole snapshot with global ids, as ArticleRevisionContent. */
export function contentView(snapshot: RevisionSnapshot) {
  return {
    ...snapshot,
    dateline: { place: snapshot.datelinePlace, date: snapshot.datelineDate ? new Date(`${snapshot.datelineDate}T00:00:00Z`) : null },
    body: snapshot.blocks.map(blockView),
    authors: snapshot.authors.map((a) => ({ personId: toGlobalId('Person', a.personId), role: a.role })),
    links: snapshot.links.map((l) => ({ ...l, targetId: toGlobalId(linkable(l.targetType), l.targetId) })),
  };
}
