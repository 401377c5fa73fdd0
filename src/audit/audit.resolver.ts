import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator.js';
import type { AuditEntry as AuditEntryRow } from '../generated/prisma/client.js';
import { ConnectionType } from '../graphql/pagination/connection.js';
import { toGlobalId } from '../graphql/relay/global-id.js';
import { AuditService } from './audit.service.js';
import { AuditLogArgs } from './dto/audit-log.args.js';
import { AuditEntry } from './models/audit-entry.model.js';

const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');
const ACTOR_TYPES: Record<string, string | undefined> = { USER: 'User', API_KEY: 'ApiKey' };

@Roles('ADMIN')
@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'Who changed what, newest first. Admins only.' })
  auditLog(@Args() args: AuditLogArgs) {
    return this.service.page(args);
  }

  @ResolveField(() => ID, { description: "The entry's id." })
  id(@Parent() entry: AuditEntryRow) {
    return toGlobalId('AuditEntry', entry.id);
  }

  @ResolveField(() => ID, { nullable: true, description: 'The User or ApiKey that made it; null for the system.' })
  actorId(@Parent() entry: AuditEntryRow) {
    const type = ACTOR_TYPES[entry.actorType];
    return type && entry.actorId ? toGlobalId(type, entry.actorId) : null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'The global id of the object changed.' })
  objectId(@Parent() entry: AuditEntryRow) {
    return entry.objectId ? toGlobalId(entry.objectType, entry.objectId) : null;
  }
}
