import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Min } from 'class-validator';
import { Irm, Medal } from '../../../generated/prisma/enums.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

/** Where a competitor placed: shared by a unit's result rows and an event's final standings. */
@InputType({ isAbstract: true })
export class PlacingInput {
  @GlobalIdField('Competitor', { description: 'A competitor entered in the event.' })
  competitorId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Rank from 1; tied entries share it and set rankEqual. Null for an IRM or an unknown rank.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  rank?: number;

  @Field(() => Boolean, { nullable: true, description: 'True when the rank is shared; default false.' })
  @IsOptional()
  @IsBoolean()
  rankEqual?: boolean;

  @Field(() => Irm, { nullable: true, description: 'Invalid result mark (DNS, DNF, DSQ...); an entry with one takes no rank.' })
  @IsOptional()
  @IsEnum(Irm)
  irm?: Irm;

  @Field(() => Medal, { nullable: true, description: 'In ranked events GOLD needs rank 1, SILVER 2, BRONZE 3.' })
  @IsOptional()
  @IsEnum(Medal)
  medal?: Medal;
}
