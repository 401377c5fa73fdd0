import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../../../graphql/pagination/connection.js';
import { GlobalIdField } from '../../../../graphql/relay/global-id.input.js';
import { MediaUsageGroupBy } from '../models/media-reports.models.js';

export const CAPTION_WARNINGS_PAGE_MAX = 100;

@ArgsType()
export class MediaUsageReportArgs extends PageArgs {
  @Field(() => MediaUsageGroupBy, { description: 'Group by agency or by photographer; groups come by name.' })
  @IsEnum(MediaUsageGroupBy, { message: 'AGENCY or PHOTOGRAPHER' })
  groupBy: MediaUsageGroupBy;
}

@ArgsType()
export class MediaAssetUsagesArgs extends PageArgs {
  @GlobalIdField('Agency', { nullable: true, description: 'Only assets supplied by this agency.' })
  agencyId?: string;

  @GlobalIdField('Photographer', { nullable: true, description: 'Only assets crediting this photographer.' })
  photographerId?: string;
}

@ArgsType()
export class CreditReviewArgs extends PageArgs {}

@ArgsType()
export class CaptionWarningsArgs {
  @Field(() => Int, { nullable: true, description: `How many warnings to return (default 20, at most ${CAPTION_WARNINGS_PAGE_MAX}).` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(CAPTION_WARNINGS_PAGE_MAX)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Continue after this cursor: the endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;
}
