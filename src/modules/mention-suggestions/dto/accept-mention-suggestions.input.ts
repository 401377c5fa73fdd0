import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';
import { MentionTargetType } from '../../articles/blocks/paragraph/paragraph.input.js';
import { linkableTypeOf } from '../../references/linkables/linkable-kinds.js';
import { DEFAULT_LIMITS } from '../matching/suggest.js';

/** A suggestion id is 22 characters; longer strings are never ones this API gave out. */
const SUGGESTION_ID_LENGTH = [1, 64] as const;

@InputType({ description: 'Which candidate a suggestion becomes, when not its first.' })
export class MentionSuggestionChoiceInput {
  @Field(() => ID, { description: 'The suggestion, one of suggestionIds.' })
  @IsString()
  @Length(...SUGGESTION_ID_LENGTH)
  suggestionId: string;

  @Field(() => MentionTargetType, { description: "The chosen candidate's targetType." })
  @IsEnum(MentionTargetType)
  targetType: MentionTargetType;

  @GlobalIdField(linkableTypeOf, { description: "The chosen candidate's targetId; it must be one of the suggestion's candidates." })
  targetId: string;
}

@InputType({ description: 'Suggestions to turn into mentions, in one save of the story.' })
export class AcceptMentionSuggestionsInput {
  @GlobalIdField('Article', { description: 'The story.' })
  articleId: string;

  @Field(() => Int, { description: 'The version the suggestions were read from; a newer one on the server gives VERSION_CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => [ID], { description: `Ids of Article.mentionSuggestions to accept, 1 to ${DEFAULT_LIMITS.maxSuggestions}, each once.` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DEFAULT_LIMITS.maxSuggestions)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(...SUGGESTION_ID_LENGTH, { each: true })
  suggestionIds: string[];

  @Field(() => [MentionSuggestionChoiceInput], {
    nullable: true,
    description: 'Another candidate than the first for some of them; the others take their first candidate.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DEFAULT_LIMITS.maxSuggestions)
  @ValidateNested({ each: true })
  @Type(() => MentionSuggestionChoiceInput)
  choices?: MentionSuggestionChoiceInput[];
}
