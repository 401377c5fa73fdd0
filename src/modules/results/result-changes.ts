import { PUBLIC_STORIES, PUBLIC_STORY_REFERENCES } from '../../auth/story-visibility.js';
import { EventType } from '../../events/event-types.js';
import { emitEvent } from '../../events/outbox.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { toGlobalId } from '../../graphql/relay/global-id.js';

type Tx = Prisma.TransactionClient;

/** What a results table of a published story can show: a unit's results or an event's standings. */
export type ShownTarget = { type: 'UNIT'; id: string } | { type: 'EVENT'; id: string };

const GRAPHQL_TYPE = { UNIT: 'Unit', EVENT: 'Event' } as const;

/** The slugs of the published stories whose published snapshot references the target. */
async function publishedStoriesShowing(tx: Tx, target: ShownTarget): Promise<string[]> {
  const rows = await tx.$queryRaw<{ slug: string }[]>`
    SELECT DISTINCT p.slug FROM ${PUBLIC_STORY_REFERENCES} r
    JOIN ${PUBLIC_STORIES} p ON p."articleId" = r."articleId"
    WHERE r."targetType" = ${target.type}::"ReferenceTargetType" AND r."targetId" = ${target.id}::uuid
    ORDER BY p.slug`;
  return rows.map((row) => row.slug);
}

/**
 * In the transaction that saved them: when a published story shows these results, emits
 * `result.changed` naming the unit or event and the stories' slugs. Results nobody
 * published are a desk matter, not an event.
 */
export async function announceResultChange(tx: Tx, target: ShownTarget, version: number): Promise<void> {
  const articles = await publishedStoriesShowing(tx, target);
  if (articles.length === 0) return;
  const objectType = GRAPHQL_TYPE[target.type];
  await emitEvent(tx, {
    type: EventType.RESULT_CHANGED,
    objectType,
    objectId: target.id,
    payload: { [objectType === 'Unit' ? 'unit' : 'event']: { id: toGlobalId(objectType, target.id), version }, articles },
  });
}
