import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { Noc } from '../nocs/models/noc.model.js';
import { NocsLoaders } from '../nocs/nocs.loaders.js';
import { Organisation } from '../organisations/models/organisation.model.js';
import { OrganisationsLoaders } from '../organisations/organisations.loaders.js';
import { UpsertMemberAssociationInput } from './dto/upsert-member-association.input.js';
import { MemberAssociationsLoaders } from './member-associations.loaders.js';
import { MAX_MEMBER_ASSOCIATIONS, MemberAssociationsRepository } from './member-associations.repository.js';
import { MemberAssociationsService } from './member-associations.service.js';
import { MemberAssociation } from './models/member-association.model.js';
import { Representation } from './models/representation.model.js';

@Resolver(() => MemberAssociation)
export class MemberAssociationsResolver {
  constructor(
    private readonly repository: MemberAssociationsRepository,
    private readonly service: MemberAssociationsService,
  ) {}

  @Query(() => [MemberAssociation], {
    complexity: MAX_MEMBER_ASSOCIATIONS,
    description: `Every member association (ENG, SCO, WAL, NIR and those admins added), by code; at most ${MAX_MEMBER_ASSOCIATIONS}.`,
  })
  memberAssociations() {
    return this.repository.findAll();
  }

  @Roles('ADMIN')
  @Mutation(() => MemberAssociation, {
    description:
      'Adds a member association, or changes the one with this code (give expectedVersion; VERSION_CONFLICT otherwise). Admins only.',
  })
  upsertMemberAssociation(
    @Args('input', { description: 'The association.' }) input: UpsertMemberAssociationInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.upsert(input, viewer);
  }
}

@Resolver(() => Representation)
export class RepresentationResolver {
  constructor(
    private readonly nocs: NocsLoaders,
    private readonly associations: MemberAssociationsLoaders,
    private readonly organisations: OrganisationsLoaders,
  ) {}

  @ResolveField(() => Noc, { nullable: true, description: 'The NOC, when kind is NOC.' })
  noc(@Parent() representation: Representation, @Context() ctx: RequestContext) {
    return representation.nocCode ? this.nocs.byCode(ctx.loaders).load(representation.nocCode) : null;
  }

  @ResolveField(() => MemberAssociation, { nullable: true, description: 'The member association, when kind is ASSOCIATION.' })
  association(@Parent() representation: Representation, @Context() ctx: RequestContext) {
    return representation.associationCode ? this.associations.byCode(ctx.loaders).load(representation.associationCode) : null;
  }

  @ResolveField(() => Organisation, { nullable: true, description: "The club, when kind is CLUB; its country is the club's countryIso2." })
  club(@Parent() representation: Representation, @Context() ctx: RequestContext) {
    return representation.clubId ? this.organisations.byId(ctx.loaders).load(representation.clubId) : null;
  }
}
