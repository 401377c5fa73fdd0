import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsNotBlank } from '../../../common/validation/not-blank.js';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { ArticleVersionInput } from '../dto/article.inputs.js';

@InputType({ description: 'A story sent back to its writer, with what to change.' })
export class SendBackArticleInput extends ArticleVersionInput {
  @Field({ description: 'What the writer should change; shown to the desk as reviewNote.' })
  @IsString()
  @IsNotBlank('add the split times of the final pair')
  @MaxLength(2000)
  note: string;
}

@InputType({ description: 'A story to publish at a time.' })
export class ScheduleArticleInput extends ArticleVersionInput {
  @Field(() => DateTimeScalar, { description: 'When to publish; must be in the future.' })
  @Type(() => Date)
  @IsDate()
  at: Date;
}

@InputType({
  description:
    "How a story is published: a public correction, the original time of an archive story, or an editor's override of the fact check.",
})
export class PublishOptionsInput {
  @Field(() => String, {
    nullable: true,
    description:
      'A public correction note, appended to the corrections readers see (and JSON-LD `correction`); only for a story published before.',
  })
  @IsOptional()
  @IsString()
  @IsNotBlank('An earlier version gave the wrong time for Kok.')
  @Length(1, 2000)
  correction?: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The original publication time (datePublished) of an imported archive story; not in the future.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  originalPublishedAt?: Date;

  @Field(() => String, {
    nullable: true,
    description:
      "Publishes although the fact check finds claims the data contradicts (FACT_CONTRADICTED), with the editor's reason (3 to 500 characters), kept in the audit log with the claims let through. Editors only; every other gate still holds.",
  })
  @IsOptional()
  @IsString()
  @IsNotBlank('The federation corrected the time after the race; our figure is the official one.')
  @Length(3, 500)
  factCheckOverride?: string;
}
