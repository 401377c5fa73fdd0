import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_IMPORT_BYTES } from '../domain/results-import.js';
import { UnitResultsTargetInput } from './unit-results-target.input.js';

export const ResultsImportFormat = { JSON: 'JSON', CSV: 'CSV' } as const;
export type ResultsImportFormat = (typeof ResultsImportFormat)[keyof typeof ResultsImportFormat];

registerEnumType(ResultsImportFormat, {
  name: 'ResultsImportFormat',
  description: 'The format of a results document.',
  valuesMap: {
    CSV: { description: 'Comma-separated values with a header row naming the columns.' },
    JSON: { description: 'An array of row objects, or { "rows": [...] }.' },
  },
});

@InputType({ description: "Replaces a unit's whole result set from a CSV or JSON document." })
export class ImportUnitResultsInput extends UnitResultsTargetInput {
  @Field(() => ResultsImportFormat, { description: 'How `document` is written: CSV or JSON.' })
  @IsEnum(ResultsImportFormat)
  format: ResultsImportFormat;

  @Field({
    description:
      'The document (at most 2 MB). Columns or keys: displayOrder and one of competitorId, person (slug) or team (slug); ' +
      'rank ("=4" for a tie), rankEqual, irm, time ("1:12.31") or timeMs, timePrecision, points, score, markMm, wlt, ' +
      'resultCode, qualificationMark, medal, startOrder, startGroup, lane, records ("OR WR").',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_IMPORT_BYTES)
  document: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Rank the rows from their values (time, points, mark), replacing any ranks given. Default false.',
  })
  @IsOptional()
  @IsBoolean()
  computeRanks?: boolean;
}
