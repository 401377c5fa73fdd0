import { Injectable } from '@nestjs/common';
import { BadInputError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import type { Connection } from '../graphql/pagination/connection.js';
import { pageRequest } from '../graphql/pagination/page.js';
import { fromGlobalId, UUID_KEY } from '../graphql/relay/global-id.js';
import type { AuditEntry } from '../generated/prisma/client.js';
import { type AuditQuery, AuditRepository, NEWEST_ENTRIES } from './audit.repository.js';
import type { AuditLogArgs, AuditLogFilter } from './dto/audit-log.args.js';

@Injectable()
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly config: AppConfig,
  ) {}

  async page(args: AuditLogArgs): Promise<Connection<AuditEntry>> {
    const page = NEWEST_ENTRIES.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return page.connection(await this.repository.findPage(toQuery(args.filter ?? {}), page));
  }
}

/** The filter with the object's global id decoded; an id of another type than `objectType` is a mistake, not an empty page. */
function toQuery(filter: AuditLogFilter): AuditQuery {
  const query: AuditQuery = {
    actorId: filter.actorId ?? undefined,
    objectType: filter.objectType ?? undefined,
    action: filter.action ?? undefined,
    from: filter.from ?? undefined,
    to: filter.to ?? undefined,
  };
  if (filter.objectId) {
    const decoded = fromGlobalId(filter.objectId);
    if (!decoded || !UUID_KEY.test(decoded.key)) {
      throw new BadInputError('objectId is not an id the API gave out', [{ path: 'filter.objectId', message: 'not a global id' }]);
    }
    if (query.objectType && query.objectType !== decoded.type) {
      throw new BadInputError('objectId is not of objectType', [
        { path: 'filter.objectId', message: `not the id of a ${query.objectType}` },
      ]);
    }
    query.objectType = decoded.type;
    query.objectId = decoded.key.toLowerCase();
  }
  return query;
}
