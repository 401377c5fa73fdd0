import { Module } from '@nestjs/common';
import { NocsModule } from '../nocs/nocs.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { MemberAssociationsLoaders } from './member-associations.loaders.js';
import { MemberAssociationsRepository } from './member-associations.repository.js';
import { MemberAssociationsResolver, RepresentationResolver } from './member-associations.resolver.js';
import { MemberAssociationsService } from './member-associations.service.js';

/** Member associations (ENG) and who an entry or an official represents: a NOC, an association or a club. */
@Module({
  imports: [NocsModule, OrganisationsModule],
  providers: [
    MemberAssociationsRepository,
    MemberAssociationsLoaders,
    MemberAssociationsService,
    MemberAssociationsResolver,
    RepresentationResolver,
  ],
  exports: [MemberAssociationsLoaders],
})
export class MemberAssociationsModule {}
