import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ResultStatus, UnitStatus } from '../../../generated/prisma/enums.js';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(UnitStatus, {
  name: 'UnitStatus',
  description: 'Where a unit is in its schedule (ODF schedule status).',
  valuesMap: {
    SCHEDULED: { description: 'Not started yet, on schedule.' },
    DELAYED: { description: 'Not started yet, later than scheduled.' },
    IN_PROGRESS: { description: 'Running now.' },
    FINISHED: { description: 'Over.' },
    POSTPONED: { description: 'Moved to a later date before it started.' },
    SUSPENDED: { description: 'Stopped after it started; may resume.' },
    CANCELLED: { description: 'Will not take place.' },
  },
});
registerEnumType(ResultStatus, {
  name: 'ResultStatus',
  description: "How final a unit's results are (ODF result status).",
  valuesMap: {
    START_LIST: { description: 'Only the start list: who starts, in what order; no results yet.' },
    LIVE: { description: 'Results update while the unit is running.' },
    INTERMEDIATE: { description: 'Results at a point during the unit, e.g. after a round or a split.' },
    UNCONFIRMED: { description: 'The unit is over; results not yet checked by the officials.' },
    UNOFFICIAL: { description: 'Complete results awaiting official approval; every valid row must be ranked.' },
    OFFICIAL: { description: 'Complete results approved by the officials; every valid row must be ranked.' },
    PARTIAL: { description: 'An incomplete list: some rows or values are still missing.' },
    PROTESTED: { description: 'Under protest; results may still change.' },
  },
});

@ObjectType({ description: 'One race, match, bout or judged segment.', implements: () => [Node] })
export class Unit implements Node {
  id: string;

  @Field({ description: 'The unit as printed, e.g. Final, Match 11, Bout 3.' })
  name: string;

  @Field(() => Int, { description: 'Position within the phase, from 1.' })
  order: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Scheduled start, ISO 8601 date-time with offset; null while unscheduled.' })
  scheduledAt: Date | null;

  @Field(() => UnitStatus, { description: 'Scheduled, in progress, finished, postponed...' })
  status: UnitStatus;

  @Field(() => ResultStatus, { description: 'How final the results are.' })
  resultStatus: ResultStatus;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating the unit or its results.' })
  version: number;

  @Field(() => Int, { nullable: true, description: 'Spectators; null when not known.' })
  attendance: number | null;

  @Field(() => Int, { nullable: true, description: 'Round of a league ("matchday 38"); null outside leagues.' })
  matchday: number | null;

  @Field(() => Int, { nullable: true, description: 'Leg of a two-legged tie: 1 or 2; null for a single match.' })
  leg: number | null;

  phaseId: string;
  venueId: string | null;
  feedsUnitId: string | null;
}
