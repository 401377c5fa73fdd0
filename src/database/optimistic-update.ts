import { NotFoundError, VersionConflictError } from '../common/errors/domain-error.js';
import { Prisma } from '../generated/prisma/client.js';

interface VersionedDelegate {
  updateMany(args: { where: { id: string; version: number }; data: Record<string, unknown> }): Promise<{ count: number }>;
  findUnique(args: { where: { id: string }; select: { version: true } }): Promise<{ version: number } | null>;
}

/**
 * Applies `data` only if the row is still at `expectedVersion`, and bumps the version in
 * the same statement: two editors saving the same version cannot both win.
 */
export async function updateAtVersion(
  delegate: VersionedDelegate,
  entity: string,
  id: string,
  expectedVersion: number,
  data: Record<string, unknown>,
): Promise<void> {
  const { count } = await delegate.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  if (count === 1) return;
  const current = await delegate.findUnique({ where: { id }, select: { version: true } });
  if (!current) throw new NotFoundError(entity, { id });
  throw new VersionConflictError(entity, id, expectedVersion, current.version);
}

/** The versioned tables a delete can lock; a closed list, since the name goes into the SQL text. */
export type LockableTable = 'Award' | 'Competitor' | 'Event' | 'Phase' | 'Unit' | 'Venue';

/**
 * Locks the row for the rest of the transaction if it is still at `expectedVersion`. A delete
 * takes it first: an update or a results save of the same row waits and then finds it gone,
 * and a row that references it (a result of the competitor, a quote of the unit) cannot be
 * added meanwhile, since its foreign key check waits for the lock too.
 */
export async function lockAtVersion(
  tx: Prisma.TransactionClient,
  table: LockableTable,
  id: string,
  expectedVersion: number,
): Promise<void> {
  const rows = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError(table, { id });
  if (rows[0].version !== expectedVersion) throw new VersionConflictError(table, id, expectedVersion, rows[0].version);
}
