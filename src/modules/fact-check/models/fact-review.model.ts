import { FACT_CHECK_LIMITS } from '../engine/limits.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { Article } from '../../articles/models/article.model.js';
import { FactClaim } from './fact-check.model.js';

@ObjectType({ description: 'The change of the data that made published prose wrong.' })
export class FactReviewTrigger {
  @Field({ description: 'The GraphQL type of what changed, e.g. "Unit" for a result correction, "Person" for a birth date.' })
  type: string;

  @Field(() => ID, { nullable: true, description: 'The global id of what changed.' })
  id: string | null;

  @Field({ description: 'The audited action that changed it, e.g. "unit.setResults" (see the audit log).' })
  action: string;
}

@ObjectType({
  description:
    'A published story whose prose the data now contradicts: for the desk to correct or dismiss. Readers still see the text as published.',
})
export class FactReview {
  @Field(() => Article, { description: "The story's working copy." })
  article: Article;

  @Field(() => Int, { description: 'The published version that was re-checked.' })
  articleVersion: number;

  @Field(() => [FactClaim], {
    description: `The contradicted claims of the published text, with the value in the data and the correct wording (at most ${FACT_CHECK_LIMITS.storyClaims}).`,
    complexity: FACT_CHECK_LIMITS.storyClaims,
  })
  claims: FactClaim[];

  @Field(() => FactReviewTrigger, { description: 'What changed.' })
  trigger: FactReviewTrigger;

  @Field(() => DateTimeScalar, { description: 'When the re-check found it.' })
  detectedAt: Date;
}
