import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional } from 'class-validator';
import { GlobalIdField } from '../../../../graphql/relay/global-id.input.js';

/** What a match block shows under its score line. */
export enum MatchDetail {
  SCORERS = 'SCORERS',
  CARDS = 'CARDS',
  SUBSTITUTIONS = 'SUBSTITUTIONS',
  PERIODS = 'PERIODS',
  LINEUPS = 'LINEUPS',
  OFFICIALS = 'OFFICIALS',
}
registerEnumType(MatchDetail, {
  name: 'MatchDetail',
  description: 'A part of a match block under its score line.',
  valuesMap: {
    SCORERS: { description: 'Goals, tries and their scorers with minutes.' },
    CARDS: { description: 'Yellow and red cards.' },
    SUBSTITUTIONS: { description: 'Who came on for whom.' },
    PERIODS: { description: 'The score of each half, period or set.' },
    LINEUPS: { description: 'Both line-ups.' },
    OFFICIALS: { description: 'Referees and other officials.' },
  },
});

export const DEFAULT_MATCH_DETAILS = [MatchDetail.SCORERS, MatchDetail.CARDS];

@InputType({ description: 'A head-to-head unit as a match: score line, scorers with minutes, cards, all live from the results desk.' })
export class MatchBlockInput {
  @GlobalIdField('Unit', { description: 'The match.' })
  unitId: string;

  @Field(() => [MatchDetail], { nullable: true, description: 'What to show under the score line; SCORERS and CARDS when not given.' })
  @IsOptional()
  @ArrayMaxSize(Object.keys(MatchDetail).length)
  @IsEnum(MatchDetail, { each: true })
  show?: MatchDetail[];
}
