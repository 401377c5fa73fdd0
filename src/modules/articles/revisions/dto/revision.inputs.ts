import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';
import { GlobalIdField } from '../../../../graphql/relay/global-id.input.js';

@ArgsType()
export class ArticleRevisionArgs {
  @GlobalIdField('ArticleRevision', { description: 'The revision.' }) id: string;
}

@ArgsType()
export class CompareArticleRevisionsArgs {
  @GlobalIdField('ArticleRevision', { description: 'The revision to compare from (usually the older).' }) from: string;
  @GlobalIdField('ArticleRevision', { description: 'The revision to compare to (usually the newer), of the same story.' }) to: string;
}

@InputType({ description: 'The revision to bring back, and the version of the story it replaces.' })
export class RestoreArticleRevisionInput {
  @GlobalIdField('ArticleRevision', { description: 'The revision whose content becomes the working copy.' }) revisionId: string;

  @Field(() => Int, { description: "The story's version you saw; a newer one on the server gives VERSION_CONFLICT." })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
