import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import { NOT_BLANK } from '../../../../common/validation/not-blank.js';
import { OmittableNotNull } from '../../../../common/validation/omittable-not-null.js';
import { GlobalIdField } from '../../../../graphql/relay/global-id.input.js';
import { MATCH_PATTERN_MAX_LENGTH } from '../match-pattern.js';

@InputType({ description: 'Which assets of a supplier get a new credit line, and the line.' })
export class RecreditMediaAssetsInput {
  @GlobalIdField('Agency', { description: 'The supplier (IPTC Image Supplier) whose assets are re-credited.' })
  supplierId: string;

  @Field({
    description:
      'A regular expression tried on each asset\'s stored credit line, ignoring case and accents, e.g. "^Maddie Meyer ?/ ?Getty" or "Getty Images North America". Escape ( ) . + * ? [ ] with a backslash to match them as text. It must not match an empty line; assets without a credit line are never matched.',
  })
  @IsString()
  @Length(1, MATCH_PATTERN_MAX_LENGTH)
  creditLinePattern: string;

  @Field(() => String, {
    nullable: true,
    description: 'The new credit line, stored verbatim; null clears it, so the house format applies.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @Matches(NOT_BLANK, {
    message: 'must not be blank: give the new line, such as "Photo by Maddie Meyer/Getty Images", or null to clear it',
  })
  creditLine: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only count and list what would change; nothing is written. Default false.' })
  @OmittableNotNull()
  @IsBoolean()
  dryRun?: boolean;
}

@InputType({ description: 'The versions of both photographers the merge was decided on.' })
export class PhotographerMergeVersions {
  @Field(() => Int, { description: 'The version of the photographer kept.' })
  @IsInt()
  @Min(1)
  keep: number;

  @Field(() => Int, { description: 'The version of the photographer merged into it.' })
  @IsInt()
  @Min(1)
  merge: number;
}

@InputType({ description: 'Two records of one photographer: every credit moves to the kept one and the other is deleted.' })
export class MergePhotographersInput {
  @GlobalIdField('Photographer', { description: 'The photographer kept: its name, slug, agency and format stay.' })
  keepId: string;

  @GlobalIdField('Photographer', {
    description: 'The photographer merged and deleted: its name and aliases become aliases of the kept one.',
  })
  mergeId: string;

  @Field(() => PhotographerMergeVersions, { description: 'The versions you saw; either changed since gives VERSION_CONFLICT.' })
  @ValidateNested()
  @Type(() => PhotographerMergeVersions)
  expectedVersions: PhotographerMergeVersions;
}
