import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { recordAudit } from '../../audit/audit-log.js';
import { randomSecret, secretHash } from '../../auth/secret-token.js';
import { userIdOf, type Viewer } from '../../auth/viewer.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { PrismaService } from '../../database/prisma.service.js';
import { ApiKeyLookup } from './api-key-lookup.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import type { CreateApiKeyInput } from './dto/api-key.inputs.js';

/** Admins issue and revoke the frontends' keys; the key is returned once and only its hash kept. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: ApiKeysRepository,
    private readonly lookup: ApiKeyLookup,
  ) {}

  async create(viewer: Viewer, { name, scopes }: CreateApiKeyInput) {
    const prefix = randomBytes(5).toString('hex');
    const key = `pk_${prefix}_${randomSecret()}`;
    const apiKey = await this.prisma.$transaction(async (tx) => {
      const created = await this.repository.create(tx, {
        name,
        scopes,
        prefix,
        secretHash: secretHash(key),
        createdById: userIdOf(viewer),
      });
      await recordAudit(tx, viewer, {
        changesPublicData: false,
        action: 'apiKey.create',
        objectType: 'ApiKey',
        objectId: created.id,
        summary: { name, scopes, prefix },
      });
      return created;
    });
    return { key, apiKey };
  }

  /** Revoking twice keeps the first revocation's time. */
  async revoke(viewer: Viewer, id: string) {
    const apiKey = await this.prisma.$transaction(async (tx) => {
      const current = await tx.apiKey.findUnique({ where: { id } });
      if (!current) throw new NotFoundError('ApiKey', { id });
      if (current.revokedAt) return current;
      const revoked = await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
      await recordAudit(tx, viewer, {
        changesPublicData: false,
        action: 'apiKey.revoke',
        objectType: 'ApiKey',
        objectId: id,
        summary: { name: current.name, prefix: current.prefix },
      });
      return revoked;
    });
    this.lookup.forget(id);
    return apiKey;
  }
}
