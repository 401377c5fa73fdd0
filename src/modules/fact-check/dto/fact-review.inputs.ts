import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { IsNotBlank } from '../../../common/validation/not-blank.js';
import { PageArgs } from '../../../graphql/pagination/connection.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

@ArgsType()
export class ArticlesNeedingReviewArgs extends PageArgs {}

@InputType({ description: 'A story taken off the review list, and why.' })
export class DismissFactReviewInput {
  @GlobalIdField('Article', { description: 'The story.' })
  articleId: string;

  @Field({ description: 'Why the contradiction needs no correction (3 to 500 characters), kept in the audit log.' })
  @IsString()
  @IsNotBlank('The federation has not confirmed the corrected time yet.')
  @Length(3, 500)
  note: string;
}
