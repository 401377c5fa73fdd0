import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../../auth/current-viewer.decorator.js';
import { Roles } from '../../../auth/roles.decorator.js';
import type { Viewer } from '../../../auth/viewer.js';
import { toGlobalId } from '../../../graphql/relay/global-id.js';
import { MergePhotographersInput, RecreditMediaAssetsInput } from './dto/bulk.inputs.js';
import { PhotographerMerge, RecreditResult } from './models/bulk-results.model.js';
import { PhotographerMergeService } from './photographer-merge.service.js';
import { RecreditService } from './recredit.service.js';

/** Changes across many assets, each one transaction with one audit entry. */
@Resolver()
export class RegistryBulkResolver {
  constructor(
    private readonly recredits: RecreditService,
    private readonly merges: PhotographerMergeService,
  ) {}

  @Roles('PHOTO')
  @Mutation(() => RecreditResult, {
    description:
      'Gives every asset of a supplier whose credit line matches a pattern a new credit line (ADMIN, PHOTO): one transaction, one audit entry. Each asset changed gets a new version and loses its review flag; stored pages showing it are rebuilt. `dryRun` only counts.',
  })
  recreditMediaAssets(
    @Args('input', { description: 'The supplier, the pattern, the new line.' }) input: RecreditMediaAssetsInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.recredits.recredit(input, viewer);
  }

  @Roles('PHOTO')
  @Mutation(() => PhotographerMerge, {
    description:
      'Merges two records of one photographer (ADMIN, PHOTO): every credit moves to the kept one in its place, the merged name and aliases become aliases, the merged record is deleted. One transaction, one audit entry; VERSION_CONFLICT if either changed.',
  })
  async mergePhotographers(
    @Args('input', { description: 'Which to keep, which to merge, and the versions you saw.' }) input: MergePhotographersInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    const outcome = await this.merges.merge(input, viewer);
    return { ...outcome, mergedId: toGlobalId('Photographer', outcome.mergedId) };
  }
}
