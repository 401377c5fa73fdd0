import { Injectable } from '@nestjs/common';
import { BadInputError, DomainError, NotFoundError, type FieldIssue } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { ReferencedByArticlesError } from '../../common/errors/referenced.error.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { recordAudit } from '../../audit/audit-log.js';
import { createdSummary, deletedSummary, updatedSummary } from '../../audit/audit-summary.js';
import type { Viewer } from '../../auth/viewer.js';
import type { CreateMediaAssetInput, UpdateMediaAssetInput } from './dto/media-asset.inputs.js';
import { ReferencesRepository } from '../references/references.repository.js';
import { MediaRepository } from './media.repository.js';
import { removeStoredFilesLater } from './storage/stored-files-removal.js';
import { assertRightsWindow, type RightsWindowField } from './rights/rights-window.js';

type Tx = Prisma.TransactionClient;
type References = Pick<CreateMediaAssetInput, 'supplierId' | 'eventId' | 'creatorIds' | 'peopleShownIds'>;

@Injectable()
export class MediaAssetsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: MediaRepository,
    private readonly references: ReferencesRepository,
  ) {}

  findOne(id: string) {
    return this.prisma.mediaAsset.findUnique({ where: { id } });
  }

  async create(input: CreateMediaAssetInput, viewer: Viewer) {
    const { creatorIds, peopleShownIds, ...fields } = input;
    assertRightsWindow({ embargoUntil: fields.embargoUntil ?? null, expiresAt: fields.expiresAt ?? null }, blamedRightsField(fields));
    return this.prisma.$transaction(async (tx) => {
      await checkReferences(tx, input);
      await checkSupplierImageId(tx, null, fields.supplierId ?? null, fields.supplierImageId ?? null);
      const asset = await tx.mediaAsset.create({ data: fields });
      await writeLinks(tx, asset.id, { creatorIds, peopleShownIds }, false);
      await recordAudit(tx, viewer, {
        action: 'mediaAsset.create',
        objectType: 'MediaAsset',
        objectId: asset.id,
        summary: createdSummary(input),
      });
      return asset;
    });
  }

  /** Metadata and links in one transaction, at the version the editor saw; lists given replace the stored ones. */
  async update(input: UpdateMediaAssetInput, viewer: Viewer) {
    const { id, expectedVersion, creatorIds, peopleShownIds, ...fields } = input;
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.mediaAsset.findUnique({
        where: { id },
        select: { supplierId: true, supplierImageId: true, embargoUntil: true, expiresAt: true },
      });
      if (!current) throw new NotFoundError('MediaAsset', { id });
      // The window as it would be stored: a bound left out of the input keeps its stored value.
      assertRightsWindow(
        {
          embargoUntil: fields.embargoUntil === undefined ? current.embargoUntil : fields.embargoUntil,
          expiresAt: fields.expiresAt === undefined ? current.expiresAt : fields.expiresAt,
        },
        blamedRightsField(fields),
      );
      await checkReferences(tx, input);
      const supplierId = fields.supplierId === undefined ? current.supplierId : fields.supplierId;
      const supplierImageId = fields.supplierImageId === undefined ? current.supplierImageId : fields.supplierImageId;
      await checkSupplierImageId(tx, id, supplierId, supplierImageId);
      await updateAtVersion(tx.mediaAsset, 'MediaAsset', id, expectedVersion, fields);
      await writeLinks(tx, id, { creatorIds, peopleShownIds }, true);
      await recordAudit(tx, viewer, {
        action: 'mediaAsset.update',
        objectType: 'MediaAsset',
        objectId: id,
        summary: updatedSummary(input),
      });
      return tx.mediaAsset.findUniqueOrThrow({ where: { id } });
    });
  }

  /** Refused while a story uses the asset; returns the id deleted. Its files go a day later (see STORED_FILES_GRACE_MS). */
  async delete(id: string, viewer: Viewer): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.mediaAsset.findUnique({ where: { id }, select: { version: true, storageKey: true } });
      if (!current) throw new NotFoundError('MediaAsset', { id });
      const articles = await this.references.articleSlugs(tx, 'MEDIA_ASSET', id);
      if (articles.length) throw new ReferencedByArticlesError('MediaAsset', id, articles);
      const renditions = await tx.mediaRendition.findMany({ where: { assetId: id }, select: { storageKey: true } });
      await tx.mediaAsset.delete({ where: { id } });
      await removeStoredFilesLater(tx, [...(current.storageKey ? [current.storageKey] : []), ...renditions.map((r) => r.storageKey)]);
      await recordAudit(tx, viewer, {
        action: 'mediaAsset.delete',
        objectType: 'MediaAsset',
        objectId: id,
        summary: deletedSummary(current.version),
      });
      return id;
    });
  }
}

/** A refused rights window is blamed on the bound the input changes, the expiry when it changes both. */
function blamedRightsField(fields: Partial<Pick<CreateMediaAssetInput, 'embargoUntil' | 'expiresAt'>>): RightsWindowField {
  return fields.expiresAt !== undefined || fields.embargoUntil === undefined ? 'input.expiresAt' : 'input.embargoUntil';
}

/** Every missing or repeated reference at once, each named by its input path. */
async function checkReferences(tx: Tx, input: References) {
  const issues: FieldIssue[] = [];
  if (input.supplierId && !(await tx.agency.findUnique({ where: { id: input.supplierId }, select: { id: true } }))) {
    issues.push({ path: 'input.supplierId', message: 'no such agency' });
  }
  if (input.eventId && !(await tx.event.findUnique({ where: { id: input.eventId }, select: { id: true } }))) {
    issues.push({ path: 'input.eventId', message: 'no such event' });
  }
  if (input.creatorIds?.length) {
    const found = await tx.photographer.findMany({ where: { id: { in: input.creatorIds } }, select: { id: true } });
    issues.push(...listIssues('input.creatorIds', input.creatorIds, found, 'no such photographer'));
  }
  if (input.peopleShownIds?.length) {
    const found = await tx.person.findMany({ where: { id: { in: input.peopleShownIds } }, select: { id: true } });
    issues.push(...listIssues('input.peopleShownIds', input.peopleShownIds, found, 'no such person'));
  }
  if (issues.length) throw new BadInputError(issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
}

function listIssues(path: string, ids: readonly string[], found: { id: string }[], missing: string): FieldIssue[] {
  const known = new Set(found.map((row) => row.id));
  const seen = new Set<string>();
  return ids.flatMap((id, index) => {
    const issue = !known.has(id) ? missing : seen.has(id) ? 'listed twice' : null;
    seen.add(id);
    return issue ? [{ path: `${path}.${index}`, message: issue }] : [];
  });
}

async function checkSupplierImageId(tx: Tx, selfId: string | null, supplierId: string | null, supplierImageId: string | null) {
  if (!supplierId || !supplierImageId) return;
  const owner = await tx.mediaAsset.findUnique({
    where: { supplierId_supplierImageId: { supplierId, supplierImageId } },
    select: { id: true },
  });
  if (owner && owner.id !== selfId) {
    throw new DomainError(ErrorCode.CONFLICT, `The supplier's image ${supplierImageId} is already stored`, {
      field: 'input.supplierImageId',
      existingId: owner.id,
    });
  }
}

async function writeLinks(
  tx: Tx,
  assetId: string,
  { creatorIds, peopleShownIds }: Pick<References, 'creatorIds' | 'peopleShownIds'>,
  replace: boolean,
) {
  if (creatorIds) {
    if (replace) await tx.mediaCreator.deleteMany({ where: { assetId } });
    if (creatorIds.length)
      await tx.mediaCreator.createMany({ data: creatorIds.map((photographerId, position) => ({ assetId, photographerId, position })) });
  }
  if (peopleShownIds) {
    if (replace) await tx.mediaPersonShown.deleteMany({ where: { assetId } });
    if (peopleShownIds.length)
      await tx.mediaPersonShown.createMany({ data: peopleShownIds.map((personId, position) => ({ assetId, personId, position })) });
  }
}
