import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { OfficialRole } from '../../../generated/prisma/enums.js';
import { IsNocCode } from '../../../common/validation/codes.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';
import { IsAssociationCode } from '../../member-associations/dto/upsert-member-association.input.js';
import { MAX_OFFICIALS_PER_UNIT } from '../lineup-rules.js';
import { PersonRefInput } from './person-ref.input.js';

@InputType({
  description: 'A referee, judge or other official of a unit, with their nationality: a NOC or a member association (or neither).',
})
export class UnitOfficialInput {
  @Field(() => PersonRefInput, { description: 'The official, by slug or id.' })
  @ValidateNested()
  @Type(() => PersonRefInput)
  person: PersonRefInput;

  @Field(() => OfficialRole, { description: 'Referee, assistant referee, fourth official, VAR, judge...' })
  @IsEnum(OfficialRole)
  role: OfficialRole;

  @Field(() => String, { nullable: true, description: 'Nationality as a NOC code, e.g. NED; not with association.' })
  @IsOptional()
  @IsNocCode()
  noc?: string | null;

  @Field(() => String, { nullable: true, description: 'Nationality as a member association, e.g. ENG; not with noc.' })
  @IsOptional()
  @IsAssociationCode()
  association?: string | null;
}

@InputType({ description: "Replaces a unit's officials; their order is kept." })
export class SetUnitOfficialsInput {
  @GlobalIdField('Unit', { description: 'The unit.' })
  unitId: string;

  @Field(() => Int, { description: "The unit's version you edited; a newer one on the server gives VERSION_CONFLICT." })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => [UnitOfficialInput], { description: `Every official, at most ${MAX_OFFICIALS_PER_UNIT}; an empty list clears them.` })
  @ArrayMaxSize(MAX_OFFICIALS_PER_UNIT)
  @ValidateNested({ each: true })
  @Type(() => UnitOfficialInput)
  officials: UnitOfficialInput[];
}
