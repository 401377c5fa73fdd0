import { NotFoundError, VersionConflictError } from '../common/errors/domain-error.js';

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
