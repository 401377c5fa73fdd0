import { Prisma } from '../../generated/prisma/client.js';
import type { PathedReference } from './reference-index.js';
import { UUID_KEY } from '../../graphql/relay/global-id.js';

type Tx = Prisma.TransactionClient;
type Found = { type: string; id: string; text: string | null };

/** The table of each kind of thing a story can point at; quotes and posts also give their texts. */
const TARGET_TABLES: Record<PathedReference['targetType'], { table: string; text?: true }> = {
  PERSON: { table: 'Person' },
  ORGANISATION: { table: 'Organisation' },
  COMPETITION: { table: 'Competition' },
  EVENT: { table: 'Event' },
  UNIT: { table: 'Unit' },
  VENUE: { table: 'Venue' },
  QUOTE: { table: 'Quote', text: true },
  SOCIAL_POST: { table: 'SocialPost', text: true },
  MEDIA_ASSET: { table: 'MediaAsset' },
  PHASE: { table: 'Phase' },
  RESULT: { table: 'Result' },
};

/** Which of these ids exist, every kind of target in one statement (a save runs it). */
function existing(tx: Tx, byType: ReadonlyMap<PathedReference['targetType'], Set<string>>): Promise<Found[]> {
  const parts = [...byType].map(([type, ids]) => {
    const { table, text } = TARGET_TABLES[type];
    return Prisma.sql`SELECT ${type}::text AS type, id::text AS id, ${Prisma.raw(text ? 'text' : 'NULL::text')} AS text
      FROM ${Prisma.raw(`"${table}"`)} WHERE id = ANY(${[...ids]}::uuid[])`;
  });
  return parts.length ? tx.$queryRaw<Found[]>(Prisma.join(parts, ' UNION ALL ')) : Promise.resolve([]);
}

/** What a reference must say to be looked up. */
export type ReferenceTarget = Pick<PathedReference, 'targetType' | 'targetId'>;

export interface ReferenceTargets<T extends ReferenceTarget = PathedReference> {
  /** The references whose target does not exist, in the order given. */
  missing: T[];
  /** The texts of the quotes and social posts found, by id. */
  texts: Map<string, string>;
}

/** Looks up everything the references point at, in one statement. */
export async function findReferenceTargets<T extends ReferenceTarget>(tx: Tx, references: readonly T[]): Promise<ReferenceTargets<T>> {
  const byType = new Map<PathedReference['targetType'], Set<string>>();
  // An id that is not a uuid names nothing (and would fail the cast).
  for (const ref of references.filter((r) => UUID_KEY.test(r.targetId))) {
    byType.set(ref.targetType, (byType.get(ref.targetType) ?? new Set()).add(ref.targetId.toLowerCase()));
  }
  const found = new Map<string, Found>();
  for (const row of await existing(tx, byType)) found.set(`${row.type}|${row.id}`, row);
  const texts = new Map<string, string>();
  for (const row of found.values()) if (row.text) texts.set(row.id, row.text);
  return { missing: references.filter((ref) => !found.has(`${ref.targetType}|${ref.targetId.toLowerCase()}`)), texts };
}

/** The references that point at nothing (deleted since, or never there), with their paths. */
export async function brokenReferences<T extends ReferenceTarget>(tx: Tx, references: readonly T[]): Promise<T[]> {
  return (await findReferenceTargets(tx, references)).missing;
}
