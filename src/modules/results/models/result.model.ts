import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Designation, Irm, Medal, PeriodKind, ResultDetailKind, TimePrecision, Wlt } from '../../../generated/prisma/enums.js';
import '../../disciplines/match-enums.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(Irm, {
  name: 'Irm',
  description: 'Invalid result mark (ODF IRM): why a row has no valid result. A row with an IRM is unranked and listed last.',
  valuesMap: {
    DNS: { description: 'Did not start.' },
    DNF: { description: 'Did not finish.' },
    DSQ: { description: 'Disqualified.' },
    DQB: { description: 'Disqualified for unsportsmanlike behaviour.' },
    WDR: { description: 'Withdrawn before the unit.' },
    ABD: { description: 'Abandoned: stopped during the unit.' },
    RET: { description: 'Retired from a match or bout.' },
    LAP: { description: 'Lapped and taken out of the race.' },
    NM: { description: 'No mark: no valid attempt in a field event.' },
    EL: { description: 'Eliminated.' },
    OTL: { description: 'Over the time limit.' },
  },
});
registerEnumType(Medal, {
  name: 'Medal',
  description: 'A medal won: GOLD for 1st, SILVER for 2nd, BRONZE for 3rd.',
  valuesMap: {
    GOLD: { description: 'Gold: first place.' },
    SILVER: { description: 'Silver: second place.' },
    BRONZE: { description: 'Bronze: third place (two in sports without a bronze final).' },
  },
});
registerEnumType(Wlt, {
  name: 'Wlt',
  description: 'Head-to-head outcome for one side.',
  valuesMap: { W: { description: 'Win.' }, L: { description: 'Loss.' }, T: { description: 'Tie or draw.' } },
});
registerEnumType(TimePrecision, {
  name: 'TimePrecision',
  description: 'The precision a time was measured to (whole seconds down to thousandths).',
  valuesMap: {
    SECONDS: { description: 'Whole seconds, e.g. 2:04:12.' },
    TENTHS: { description: 'Tenths of a second, e.g. 9.6.' },
    HUNDREDTHS: { description: 'Hundredths of a second, e.g. 1:12.31.' },
    THOUSANDTHS: { description: 'Thousandths of a second, e.g. 1:45.006.' },
  },
});
registerEnumType(ResultDetailKind, {
  name: 'ResultDetailKind',
  description: 'What a result detail row records.',
  valuesMap: {
    SPLIT: { description: 'An intermediate time at a distance, e.g. 600m.' },
    PERIOD: { description: 'A half, quarter or period of a match.' },
    ROUND: { description: 'A round of a bout or an attempt round.' },
    SEGMENT: { description: 'One segment of a multi-part performance, e.g. a figure skating segment score.' },
    COMPONENT: { description: 'A component score of a judged performance, e.g. TES.' },
    JUDGE_CARD: { description: "One judge's score, named by `judge`." },
    STAT: { description: 'A statistic, e.g. shots on goal.' },
  },
});

@ObjectType({ description: "One competitor's line in a unit's results.", implements: () => [Node] })
export class Result implements Node {
  id: string;

  @Field(() => Int, { nullable: true, description: 'Rank; shared by tied rows (1, 2, 2, 4); null when unknown or invalid.' })
  rank: number | null;

  @Field({ description: 'True when the rank is shared with another row.' })
  rankEqual: boolean;

  @Field(() => Int, { description: 'Position in the printed list; unique per unit.' })
  displayOrder: number;

  @Field(() => Int, { nullable: true, description: 'Order of start in the unit, from 1.' })
  startOrder: number | null;

  @Field(() => Int, { nullable: true, description: 'Pair or heat number.' })
  startGroup: number | null;

  @Field(() => String, { nullable: true, description: 'Lane as printed, e.g. I or O in speed skating, 4 in swimming.' })
  lane: string | null;

  @Field(() => Irm, { nullable: true, description: 'Why the row has no valid result (DNS, DNF, DSQ...); null for a valid result.' })
  irm: Irm | null;

  @Field(() => Int, { nullable: true, description: 'Time in milliseconds (72310 for 1:12.31).' })
  timeMs: number | null;

  @Field(() => TimePrecision, { nullable: true, description: 'The precision timeMs was measured to; null without a time.' })
  timePrecision: TimePrecision | null;

  @Field(() => Float, { nullable: true, description: 'Points (judged sports, points races).' })
  points: number | null;

  @Field(() => Int, { nullable: true, description: 'Score (goals, runs).' })
  score: number | null;

  @Field(() => Int, { nullable: true, description: 'Distance or height in millimetres.' })
  markMm: number | null;

  @Field(() => Wlt, { nullable: true, description: 'Head-to-head outcome for this side: win, loss or tie.' })
  wlt: Wlt | null;

  @Field(() => String, { nullable: true, description: 'How a head-to-head unit ended: KO, TKO, WP, AET, PEN...' })
  resultCode: string | null;

  @Field(() => String, { nullable: true, description: 'Qualification mark as printed: Q (by place), q (by time)...' })
  qualificationMark: string | null;

  @Field(() => Medal, { nullable: true, description: "Medal won in this unit (e.g. a final); the event's standings are authoritative." })
  medal: Medal | null;

  @Field(() => Designation, { nullable: true, description: 'HOME, AWAY or NEUTRAL; null when not given.' })
  designation: Designation | null;

  unitId: string;
  competitorId: string;
}

@ObjectType({ description: "A split, period, round, judge's card or component score of a result." })
export class ResultDetail {
  @Field(() => ResultDetailKind, { description: "Split, period, round, judge's card, component..." })
  kind: ResultDetailKind;

  @Field(() => Int, { description: 'Order within the kind, from 1 (half 1, round 3, split 2).' })
  seq: number;

  @Field({ description: 'What the detail is of, as printed, e.g. 600m, H1, Round 3, TES.' })
  label: string;

  @Field(() => Int, { nullable: true, description: 'A time in milliseconds (split or period time).' })
  timeMs: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A score or count as an exact decimal, up to 3 decimals and no trailing zeros ("9.5" on a judge\'s card, "2" goals in a half); the same text form as the input.',
  })
  value: string | null;

  @Field({ description: "Judge reference for judges' cards; empty otherwise." })
  judge: string;
}

@ObjectType({ description: "One side's score in one period of a match." })
export class ResultPeriod {
  @Field(() => PeriodKind, { description: 'HALF, PERIOD, SET, EXTRA_TIME, OVERTIME, SHOOTOUT...' })
  kind: PeriodKind;

  @Field(() => Int, { description: 'Number within the kind, from 1.' })
  number: number;

  @Field(() => Int, { description: 'Goals, games or points in the period; in a SHOOTOUT the kicks or shots scored.' })
  score: number;

  @Field(() => Int, { nullable: true, description: 'Tie-break points of a set (the 5 in 7-6(5)).' })
  tieBreak: number | null;
}
