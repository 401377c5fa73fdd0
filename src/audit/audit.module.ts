import { Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

/** The admins' view of the audit log; entries are written by `recordAudit` in each write's transaction. */
@Module({ providers: [AuditRepository, AuditService, AuditResolver] })
export class AuditModule {}
