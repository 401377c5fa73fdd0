import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { LineupRole } from '../../../generated/prisma/enums.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';
import { MAX_LINEUP_ENTRIES_PER_SIDE } from '../lineup-rules.js';
import { PersonRefInput } from './person-ref.input.js';

@InputType({ description: "One person in a side's line-up: a player, a coach or a member of staff." })
export class LineupEntryInput {
  @Field(() => PersonRefInput, { description: 'The person, by slug or id.' })
  @ValidateNested()
  @Type(() => PersonRefInput)
  person: PersonRefInput;

  @Field(() => LineupRole, { description: 'Starter, substitute, head coach, assistant coach or staff.' })
  @IsEnum(LineupRole)
  role: LineupRole;

  @Field(() => Int, { nullable: true, description: 'Shirt number, 0 to 999; unique in the side; players only.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(999)
  shirtNumber?: number | null;

  @Field(() => String, { nullable: true, description: 'Position as printed, 1 to 16 characters, e.g. GK, CB, "LW".' })
  @IsOptional()
  @IsString()
  @Length(1, 16)
  position?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The captain; at most one per side, a player. Default false.' })
  @IsOptional()
  @IsBoolean()
  captain?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Minutes played, 0 to 1000; players only.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  minutesPlayed?: number | null;
}

@InputType({ description: "Replaces one side's line-up for a unit; the order of entries is kept within each role." })
export class SetUnitLineupInput {
  @GlobalIdField('Unit', { description: 'The unit (match, race) the line-up is for.' })
  unitId: string;

  @GlobalIdField('Competitor', { description: "The side: a team entered in the unit's event." })
  competitorId: string;

  @Field(() => Int, { description: "The unit's version you edited; a newer one on the server gives VERSION_CONFLICT." })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => [LineupEntryInput], {
    description: `Every person of the side, at most ${MAX_LINEUP_ENTRIES_PER_SIDE}; people left out are removed; an empty list clears the side.`,
  })
  @ArrayMaxSize(MAX_LINEUP_ENTRIES_PER_SIDE)
  @ValidateNested({ each: true })
  @Type(() => LineupEntryInput)
  entries: LineupEntryInput[];
}
