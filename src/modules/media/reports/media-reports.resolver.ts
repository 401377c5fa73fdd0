import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../../auth/roles.decorator.js';
import { ConnectionType } from '../../../graphql/pagination/connection.js';
import type { RequestContext } from '../../../graphql/request-context.js';
import { Person } from '../../people/models/person.model.js';
import { PeopleLoaders } from '../../people/people.loaders.js';
import { MediaAsset } from '../models/media-asset.model.js';
import { CaptionWarningsArgs, CreditReviewArgs, MediaAssetUsagesArgs, MediaUsageReportArgs } from './dto/media-reports.args.js';
import { MediaReportsService, NAMED_NOT_SHOWN_MAX } from './media-reports.service.js';
import { CaptionPersonWarning, MediaAssetUsage, MediaUsageGroup } from './models/media-reports.models.js';

const MediaUsageGroupConnection = ConnectionType(MediaUsageGroup, 'MediaUsageGroup');
const MediaAssetUsageConnection = ConnectionType(MediaAssetUsage, 'MediaAssetUsage');
const CreditReviewConnection = ConnectionType(MediaAsset, 'CreditReview');
const CaptionPersonWarningConnection = ConnectionType(CaptionPersonWarning, 'CaptionPersonWarning');

// The desk's reports: editors and the photo desk (and admins).
const DESK = ['EDITOR', 'PHOTO'] as const;

@Resolver(() => CaptionPersonWarning)
export class MediaReportsResolver {
  constructor(
    private readonly service: MediaReportsService,
    private readonly people: PeopleLoaders,
  ) {}

  @Roles(...DESK)
  @Query(() => MediaUsageGroupConnection, {
    description:
      'Agencies or photographers by name, each with how many assets it has, how many are placed in stories and in how many stories (EDITOR, PHOTO, ADMIN).',
  })
  mediaUsageReport(@Args() args: MediaUsageReportArgs) {
    return this.service.usageReport(args);
  }

  @Roles(...DESK)
  @Query(() => MediaAssetUsageConnection, {
    description:
      'Assets newest first, optionally of one agency or photographer, each with how many stories place it (EDITOR, PHOTO, ADMIN).',
  })
  mediaAssetUsages(@Args() args: MediaAssetUsagesArgs) {
    return this.service.assetUsages(args);
  }

  @Roles(...DESK)
  @Query(() => CreditReviewConnection, {
    description: 'Assets whose file credit matched no agency of the registry (flagged for review), newest first (EDITOR, PHOTO, ADMIN).',
  })
  mediaCreditsToReview(@Args() args: CreditReviewArgs) {
    return this.service.creditsToReview(args);
  }

  @Roles(...DESK)
  @Query(() => CaptionPersonWarningConnection, {
    description:
      'Captions that disagree with the people shown, newest asset first: people shown not named in the caption, known people named but not shown (EDITOR, PHOTO, ADMIN). At most 1,000 assets are read per request; a page may then hold fewer warnings, and endCursor goes on from the last asset read.',
  })
  mediaCaptionWarnings(@Args() args: CaptionWarningsArgs) {
    return this.service.captionWarnings(args);
  }

  @ResolveField(() => [Person], {
    complexity: NAMED_NOT_SHOWN_MAX,
    description: `Known people (the people registry) whose full name is in the caption but who are not shown (at most ${NAMED_NOT_SHOWN_MAX}).`,
  })
  namedNotShown(@Parent() warning: CaptionPersonWarning, @Context() ctx: RequestContext) {
    return this.people
      .byId(ctx.loaders)
      .loadMany(warning.namedNotShownIds)
      .then((rows) => rows.filter((row): row is NonNullable<typeof row> => !!row && !(row instanceof Error)));
  }
}
