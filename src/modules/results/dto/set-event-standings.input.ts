import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, Min, ValidateNested } from 'class-validator';
import { MAX_RESULT_ROWS } from '../results-desk.rules.js';
import { PlacingInput } from './placing.input.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

@InputType({ description: "A competitor's final standing in an event." })
export class EventStandingInput extends PlacingInput {}

@InputType({ description: "Replaces an event's final standings." })
export class SetEventStandingsInput {
  @GlobalIdField('Event', { description: 'The event whose standings are replaced.' })
  eventId: string;

  @Field(() => Int, { description: "The event's version you edited; a newer one on the server gives VERSION_CONFLICT." })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => [EventStandingInput], {
    description: `Every standing of the event, at most ${MAX_RESULT_ROWS}; those left out are removed.`,
  })
  @ArrayMaxSize(MAX_RESULT_ROWS)
  @ValidateNested({ each: true })
  @Type(() => EventStandingInput)
  standings: EventStandingInput[];
}
