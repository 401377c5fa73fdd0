import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { GlobalIdField } from '../../../../graphql/relay/global-id.input.js';
import { DateScalar } from '../../../../graphql/scalars/index.js';

export const MAX_FACT_ITEMS = 50;

export enum FactKind {
  TIME_DIFFERENCE = 'TIME_DIFFERENCE',
  AGE = 'AGE',
}
registerEnumType(FactKind, {
  name: 'FactKind',
  description: 'A figure computed from data when the story is read.',
  valuesMap: {
    TIME_DIFFERENCE: { description: 'The gap between the times of two results, e.g. "0.88 s".' },
    AGE: { description: "A person's age in whole years on a day." },
  },
});

@InputType({ description: 'A figure computed from data when the story is read.' })
export class FactInput {
  @Field(() => FactKind, { description: 'Which figure to compute; decides which other fields are needed.' })
  @IsEnum(FactKind)
  kind: FactKind;
  @GlobalIdField('Result', { nullable: true, description: 'TIME_DIFFERENCE: the result.' }) resultId?: string;
  @GlobalIdField('Result', { nullable: true, description: 'TIME_DIFFERENCE: the result compared with.' }) otherResultId?: string;
  @GlobalIdField('Person', { nullable: true, description: 'AGE: the person.' }) personId?: string;
  @Field(() => DateScalar, { nullable: true, description: 'AGE: the day to compute the age on, calendar date (ISO 8601).' })
  @IsOptional()
  @IsDate()
  on?: Date;
}

@InputType({ description: 'A fact box line: a label with either fixed text or a computed fact.' })
export class FactItemInput {
  @Field({ description: 'The line\'s label, 1 to 200 characters, e.g. "Age".' }) @IsString() @Length(1, 200) label: string;
  @Field(() => String, { nullable: true, description: 'Fixed text; give exactly one of text and fact.' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  text?: string;
  @Field(() => FactInput, { nullable: true, description: 'A figure computed when read; give exactly one of text and fact.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FactInput)
  fact?: FactInput;
}

@InputType({ description: 'A box of short facts.' })
export class FactBoxInput {
  @Field({ description: 'The box title, 1 to 200 characters.' }) @IsString() @Length(1, 200) title: string;
  @Field(() => [FactItemInput], { description: `The lines, in order (at most ${MAX_FACT_ITEMS}).` })
  @IsArray()
  @ArrayMaxSize(MAX_FACT_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => FactItemInput)
  items: FactItemInput[];
}
