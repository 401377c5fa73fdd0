import { Injectable } from '@nestjs/common';
import { VersionConflictError } from '../../common/errors/domain-error.js';
import { PrismaService } from '../../database/prisma.service.js';
import { recordAudit } from '../../audit/audit-log.js';
import { entityKey } from '../../read-model/dependency-keys.js';
import type { Viewer } from '../../auth/viewer.js';
import type { UpsertMemberAssociationInput } from './dto/upsert-member-association.input.js';

@Injectable()
export class MemberAssociationsService {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Adds the association, or changes it at the version the admin saw. The row is locked
   * first, so two admins changing the same version cannot both win.
   */
  upsert(input: UpsertMemberAssociationInput, viewer: Viewer) {
    const { code, name, expectedVersion } = input;
    const countryIso2 = input.countryIso2 ?? null;
    return this.prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ version: number }[]>`
        SELECT version FROM "MemberAssociation" WHERE code = ${code} FOR UPDATE`;
      const current = locked.at(0);
      let association;
      if (!current) {
        association = await tx.memberAssociation.create({ data: { code, name, countryIso2 } });
      } else {
        if (expectedVersion !== current.version) {
          // The id of a member association is its code.
          throw new VersionConflictError('MemberAssociation', code, expectedVersion ?? 0, current.version);
        }
        association = await tx.memberAssociation.update({ where: { code }, data: { name, countryIso2, version: { increment: 1 } } });
      }
      await recordAudit(tx, viewer, {
        action: current ? 'memberAssociation.update' : 'memberAssociation.create',
        objectType: 'MemberAssociation',
        // The audit log keys objects by uuid; an association's key is its code, kept in the summary.
        objectId: null,
        alsoChanges: [entityKey('MemberAssociation', code)],
        summary: { code, name, countryIso2, ...(current ? { fromVersion: current.version } : {}) },
      });
      return association;
    });
  }
}
