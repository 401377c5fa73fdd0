import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { UpdateOrganisationInput } from './dto/update-organisation.input.js';
import { Organisation } from './models/organisation.model.js';
import { OrganisationsService } from './organisations.service.js';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Organisation, { description: 'Adds a federation, team, club, agency or platform.' })
  createOrganisation(
    @Args('input', { description: 'The new organisation; fails with SLUG_TAKEN if the slug is in use.' }) input: CreateOrganisationInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.create(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Organisation, { description: 'Changes an organisation; fails with VERSION_CONFLICT if someone saved first.' })
  updateOrganisation(
    @Args('input', { description: 'The changes and the version they were made to; fails with SLUG_TAKEN if a new slug is in use.' })
    input: UpdateOrganisationInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(input, viewer);
  }
}
