import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { Irm, Medal } from '../../../generated/prisma/enums.js';
import { MAX_RESULT_ROWS } from '../results-desk.rules.js';

@InputType({ description: "A competitor's final standing in an event." })
export class EventStandingInput {
  @Field(() => ID, { description: 'A competitor entered in the event.' })
  @IsUUID()
  competitorId: string;

  @Field(() => Int, { nullable: true, description: 'Null for an IRM or an unknown rank.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  rank?: number;

  @Field(() => Boolean, { nullable: true, description: 'True when the rank is shared; default false.' })
  @IsOptional()
  @IsBoolean()
  rankEqual?: boolean;

  @Field(() => Irm, { nullable: true, description: 'Why the competitor has no final rank (DNS, DSQ...).' })
  @IsOptional()
  @IsEnum(Irm)
  irm?: Irm;

  @Field(() => Medal, { nullable: true, description: 'GOLD with rank 1, SILVER with 2, BRONZE with 3.' })
  @IsOptional()
  @IsEnum(Medal)
  medal?: Medal;
}

@InputType({ description: "Replaces an event's final standings." })
export class SetEventStandingsInput {
  @Field(() => ID, { description: 'The event whose standings are replaced.' })
  @IsUUID()
  eventId: string;

  @Field(() => Int, { description: "The event's version you edited; a newer one on the server gives VERSION_CONFLICT." })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => [EventStandingInput], { description: `Every standing of the event, at most ${MAX_RESULT_ROWS}; those left out are removed.` })
  @ArrayMaxSize(MAX_RESULT_ROWS)
  @ValidateNested({ each: true })
  @Type(() => EventStandingInput)
  standings: EventStandingInput[];
}
