import { Injectable } from '@nestjs/common';
import { recordAudit } from '../../../audit/audit-log.js';
import { updatedSummary } from '../../../audit/audit-summary.js';
import type { Viewer } from '../../../auth/viewer.js';
import { NotFoundError } from '../../../common/errors/domain-error.js';
import { updateAtVersion } from '../../../database/optimistic-update.js';
import { PrismaService } from '../../../database/prisma.service.js';
import type { MediaAsset } from '../../../generated/prisma/client.js';
import { focalPointIssues } from './focal-point.js';
import { queueRenditions } from '../rendition-requests.js';
import { FocalPointOutsideImageError, NoStoredFileError } from './renditions.errors.js';
import type { SetMediaFocalPointInput } from './set-focal-point.input.js';

@Injectable()
export class FocalPointService {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Moves the focal point at the version the editor saw and queues new crops, in one
   * transaction: the asset reads PENDING until they are made, and lists its previous
   * renditions meanwhile.
   */
  async setFocalPoint(input: SetMediaFocalPointInput, viewer: Viewer): Promise<MediaAsset> {
    const issues = focalPointIssues(input, 'input');
    if (issues.length) throw new FocalPointOutsideImageError(issues);
    const { id, expectedVersion, x, y } = input;
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.mediaAsset.findUnique({ where: { id }, select: { storageKey: true, focalX: true, focalY: true } });
      if (!current) throw new NotFoundError('MediaAsset', { id });
      if (!current.storageKey) throw new NoStoredFileError(id, 'input.id');
      await updateAtVersion(tx.mediaAsset, 'MediaAsset', id, expectedVersion, {
        focalX: x,
        focalY: y,
        renditionsStatus: 'PENDING',
        renditionsError: null,
      });
      await queueRenditions(tx, id);
      await recordAudit(tx, viewer, {
        action: 'mediaAsset.setFocalPoint',
        objectType: 'MediaAsset',
        objectId: id,
        summary: {
          ...updatedSummary(input),
          from: current.focalX === null ? null : { x: current.focalX, y: current.focalY },
          to: { x, y },
        },
      });
      return tx.mediaAsset.findUniqueOrThrow({ where: { id } });
    });
  }
}
