import { ArgsType, Field, InputType, Int, IntersectionType, OmitType, PartialType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { VersionedDeleteInput } from '../../../common/dto/versioned-delete.input.js';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';
import { EventGender, EventStyle, ResultType } from '../../../generated/prisma/enums.js';
import { IsDisciplineCode } from '../../../common/validation/codes.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

export const RECURRING_KEY_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
const RECURRING_KEY_MESSAGE = 'capital letters and digits, parts joined by single hyphens, such as SSK-W-1000M';

@InputType({ description: 'A new medal event in a competition.' })
export class CreateEventInput {
  @GlobalIdField('Competition', { description: 'The competition the event belongs to.' })
  competitionId: string;

  @Field({ description: 'Discipline code, e.g. SSK.' })
  @IsDisciplineCode()
  disciplineCode: string;

  @Field({ description: 'Same key in every edition, e.g. SSK-W-1000M.' })
  @Matches(RECURRING_KEY_PATTERN, { message: RECURRING_KEY_MESSAGE })
  @Length(1, 64)
  recurringKey: string;

  @Field({ description: 'Display name, 1 to 200 characters, e.g. "Women\'s 1000m".' })
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => EventGender, { description: 'Men, women, mixed or open.' })
  @IsEnum(EventGender)
  gender: EventGender;

  @Field(() => EventStyle, { description: 'RANKED (against the clock or judges) or HEAD_TO_HEAD (two sides per unit).' })
  @IsEnum(EventStyle)
  style: EventStyle;

  @Field(() => ResultType, { description: 'What each result row measures; decides which value field results fill.' })
  @IsEnum(ResultType)
  resultType: ResultType;
}

@InputType({ description: 'Changes to an event; omitted fields stay as they are. The competition cannot change.' })
export class UpdateEventInput extends IntersectionType(
  PartialType(OmitType(CreateEventInput, ['competitionId'] as const)),
  VersionedUpdateInput('Event'),
) {}

@InputType({
  description:
    'An event to delete, at the version you saw; refused with REFERENCED while phases, competitors, standings, quotes, photos or stories point at it.',
})
export class DeleteEventInput extends VersionedDeleteInput('Event') {}

@ArgsType()
export class EventArgs {
  @GlobalIdField('Event', { nullable: true, description: "The event's id; or give competition and key instead." })
  id?: string;

  @Field(() => String, { nullable: true, description: 'With key: the competition slug.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  competition?: string;

  @Field(() => String, { nullable: true, description: 'With competition: the recurring key, e.g. SSK-W-1000M.' })
  @IsOptional()
  @Matches(RECURRING_KEY_PATTERN, { message: RECURRING_KEY_MESSAGE })
  key?: string;
}

@ArgsType()
export class EventKeyArgs {
  @Field({ description: 'The recurring key, e.g. SSK-W-1000M.' })
  @Matches(RECURRING_KEY_PATTERN, { message: RECURRING_KEY_MESSAGE })
  key: string;
}

@ArgsType()
export class NestedListArgs {
  @Field(() => Int, { nullable: true, description: 'At most this many (default 100, max 500).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(500)
  first?: number;
}
