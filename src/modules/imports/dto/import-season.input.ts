import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { IsSlug, SLUG_MAX_LENGTH } from '../../../common/validation/slug.js';
import { CompetitionKind } from '../../../generated/prisma/enums.js';

/** A season document is at most this big (a 380-match football.json is about 120 kB). */
export const MAX_SEASON_DOCUMENT_CHARS = 2_000_000;

export enum SeasonFeedFormat {
  FOOTBALL_JSON = 'FOOTBALL_JSON',
}
registerEnumType(SeasonFeedFormat, {
  name: 'SeasonFeedFormat',
  description: 'The format of a season document.',
  valuesMap: {
    FOOTBALL_JSON: { description: "openfootball's football.json: { name, matches: [{ round, date, time, team1, team2, score }] }." },
  },
});

@InputType({ description: 'The competition a season is imported into: found by slug, created when missing.' })
export class SeasonCompetitionInput {
  @Field({ description: 'The competition slug, e.g. premier-league-2023-24.' })
  @IsSlug()
  @MaxLength(SLUG_MAX_LENGTH)
  slug: string;

  @Field(() => String, { nullable: true, description: "A new competition's name; the document's name when omitted." })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string | null;

  @Field(() => CompetitionKind, {
    nullable: true,
    description: "A new competition's kind; LEAGUE_SEASON for a league, CUP when the season has knockout rounds.",
  })
  @IsOptional()
  @IsEnum(CompetitionKind)
  kind?: CompetitionKind | null;
}

@InputType({ description: 'A season feed to import.' })
export class ImportSeasonInput {
  @Field(() => SeasonFeedFormat, { description: 'The format of the document.' })
  @IsEnum(SeasonFeedFormat)
  format: SeasonFeedFormat;

  @Field({ description: `The document itself, at most ${MAX_SEASON_DOCUMENT_CHARS} characters.` })
  @IsString()
  @Length(1, MAX_SEASON_DOCUMENT_CHARS)
  document: string;

  @Field(() => SeasonCompetitionInput, { description: 'The competition to import into.' })
  @ValidateNested()
  @Type(() => SeasonCompetitionInput)
  competition: SeasonCompetitionInput;

  @Field(() => String, { nullable: true, description: "The IANA time zone of the feed's dates and times; Europe/London when omitted." })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  timezone?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Create clubs the feed names that no organisation matches (default true); when false such matches are refused with a suggestion.',
  })
  @IsOptional()
  @IsBoolean()
  createMissingTeams?: boolean | null;
}
