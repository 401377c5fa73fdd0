import { Field, InputType, Int, IntersectionType, OmitType, PartialType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { VersionedDeleteInput } from '../../../common/dto/versioned-delete.input.js';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';
import { IsNotBlank } from '../../../common/validation/not-blank.js';
import { AwardKind } from '../../../generated/prisma/enums.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

/** Decimal(10,3): at most 7 whole digits and 3 decimals. */
const STATISTIC_VALUE = /^-?\d{1,7}(?:\.\d{1,3})?$/;
export const MAX_AWARD_SEQ = 100;

@InputType({ description: 'A new award of a competition: a person and/or a team, e.g. the Golden Boot.' })
export class CreateAwardInput {
  @GlobalIdField('Competition', { description: 'The competition the award belongs to.' })
  competitionId: string;

  @GlobalIdField('Event', { nullable: true, description: "The event, when the competition has several (men's and women's tournaments)." })
  eventId?: string | null;

  @Field(() => AwardKind, { description: 'Best player, top scorer, team of the tournament...' })
  @IsEnum(AwardKind)
  kind: AwardKind;

  @Field({ description: 'The award as printed, 1 to 200 characters, e.g. "Golden Boot".' })
  @IsString()
  @Length(1, 200)
  @IsNotBlank('Golden Boot')
  name: string;

  @GlobalIdField('Person', { nullable: true, description: 'The person who won it; give a person, a team or both.' })
  personId?: string | null;

  @GlobalIdField('Organisation', { nullable: true, description: 'The team who won it, or the winner’s team.' })
  teamId?: string | null;

  @Field(() => String, { nullable: true, description: 'The statistic behind it, 1 to 64 characters, e.g. goals.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  statistic?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its value as an exact decimal, at most 7 digits before the point and 3 after, e.g. "6" or "0.75".',
  })
  @IsOptional()
  @Matches(STATISTIC_VALUE, { message: 'a decimal number with at most 7 digits before the point and 3 after, such as 6 or 0.75' })
  statisticValue?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Order among awards of the same kind, 1 to ${MAX_AWARD_SEQ} (the team of the tournament's places); default 1.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_AWARD_SEQ)
  seq?: number | null;
}

@InputType({
  description: 'Changes to an award; omitted fields stay as they are, null clears an optional one. The competition cannot change.',
})
export class UpdateAwardInput extends IntersectionType(
  PartialType(OmitType(CreateAwardInput, ['competitionId'] as const), { skipNullProperties: false }),
  VersionedUpdateInput('Award'),
) {}

@InputType({ description: 'An award to delete, at the version you saw.' })
export class DeleteAwardInput extends VersionedDeleteInput('Award') {}
