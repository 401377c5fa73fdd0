import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MAX_FEED_ROWS } from '../feeds/football-json.feed.js';
import { Competition } from '../../competitions/models/competition.model.js';

export enum ImportIssueOutcome {
  REFUSED = 'REFUSED',
  UNSCORED = 'UNSCORED',
}
registerEnumType(ImportIssueOutcome, {
  name: 'ImportIssueOutcome',
  description: 'What became of a row the importer reports.',
  valuesMap: {
    REFUSED: { description: 'Not stored: the row breaks a rule of the game or of the feed.' },
    UNSCORED: { description: 'Stored as a scheduled match without results: the feed has no score yet.' },
  },
});

@ObjectType({ description: 'A row of the document that was refused or stored without a score.' })
export class SeasonImportIssue {
  @Field(() => Int, { description: 'Index of the row in the document, from 0.' })
  row: number;

  @Field(() => ImportIssueOutcome, { description: 'Refused, or stored unscored.' })
  outcome: ImportIssueOutcome;

  @Field({
    description: 'UNSCORED, INVALID_ROW, UNKNOWN_ROUND, UNKNOWN_TEAM, DUPLICATE_MATCH, SHOOTOUT_LEVEL, HALF_TIME_ABOVE_FULL_TIME, ...',
  })
  code: string;

  @Field({ description: 'Why, in words.' })
  reason: string;

  @Field(() => String, { nullable: true, description: 'The round as the feed names it.' })
  round: string | null;

  @Field(() => String, { nullable: true, description: 'The first (home) team as the feed names it.' })
  team1: string | null;

  @Field(() => String, { nullable: true, description: 'The second (away) team as the feed names it.' })
  team2: string | null;

  @Field(() => String, { nullable: true, description: 'For an unknown team: the closest existing organisation.' })
  suggestion: string | null;
}

@ObjectType({ description: 'How many of a kind of object the import created, changed and left as they were.' })
export class ImportCounts {
  @Field(() => Int, { description: 'Created.' })
  created: number;

  @Field(() => Int, { description: 'Changed.' })
  updated: number;

  @Field(() => Int, { description: 'Already there as the document says.' })
  unchanged: number;
}

@ObjectType({ description: 'Matches: created, changed, unchanged, plus the rows reported.' })
export class MatchImportCounts extends ImportCounts {
  @Field(() => Int, { description: 'Stored without a score (also counted as created, changed or unchanged).' })
  unscored: number;

  @Field(() => Int, { description: 'Refused rows, not stored.' })
  refused: number;
}

@ObjectType({ description: 'What a season import did, row by row where a row was refused or unscored.' })
export class SeasonImportReport {
  @Field(() => Competition, { description: 'The competition imported into.' })
  competition: Competition;

  @Field(() => Int, { description: 'Rows in the document.' })
  rows: number;

  @Field(() => ImportCounts, { description: 'Phases (league, play-offs, rounds).' })
  phases: ImportCounts;

  @Field(() => ImportCounts, { description: 'Clubs: created, or matched to an existing organisation (unchanged).' })
  teams: ImportCounts;

  @Field(() => MatchImportCounts, { description: 'Matches.' })
  matches: MatchImportCounts;

  @Field(() => [SeasonImportIssue], { complexity: MAX_FEED_ROWS, description: 'The rows refused or stored unscored, in document order.' })
  issues: SeasonImportIssue[];

  @Field({ description: 'False when nothing changed (a re-import of the same document).' })
  changed: boolean;
}
