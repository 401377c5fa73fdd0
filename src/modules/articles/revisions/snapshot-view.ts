import { toGlobalId } from '../../../graphql/relay/global-id.js';
import { blockDefinition } from '../blocks/block-registry.js';
import { linkableTypename as linkable } from '../blocks/revision-ids.js';
import { BLOCK_TYPENAMES } from '../models/article-blocks.model.js';
import { ownText } from './compare/compare-snapshots.js';
import type { RevisionSnapshot, SnapshotBlock } from './revision-snapshot.js';

type Data = Record<string, unknown>;

/** The ids inside a stored block are row keys; the API gives out global ids, so the payload shows those, in input shape. */
function payloadView(block: SnapshotBlock): Data {
  const definition = blockDefinition(block.type);
  return definition.revisionView ? definition.revisionView(block.data) : block.data;
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
