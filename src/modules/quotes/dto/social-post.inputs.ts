import { ArgsType, Field, InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';
import { SocialPlatform } from '../../../generated/prisma/enums.js';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

@InputType({ description: 'A social media post as captured by the newsroom.' })
export class CreateSocialPostInput {
  @Field(() => SocialPlatform, { description: 'The network, e.g. X.' })
  @IsEnum(SocialPlatform)
  platform: SocialPlatform;

  @Field({ description: "The post's address (http or https); one post per URL." })
  @IsUrl(
    { require_protocol: true, protocols: ['http', 'https'] },
    { message: 'an http or https web address, such as https://x.com/jakepaul/status/1' },
  )
  @Matches(/^https?:\/\//, { message: 'a web address starting with http:// or https://, such as https://x.com/jakepaul/status/1' })
  @MaxLength(2000)
  url: string;

  @Field({ description: "The author's handle, e.g. @jakepaul." })
  @IsString()
  @Length(1, 100)
  authorHandle: string;

  @GlobalIdField('Person', { nullable: true, description: 'The person behind the account.' })
  authorPersonId?: string | null;

  @Field({ description: 'The text of the post as captured (may be empty for a picture-only post).' })
  @IsString()
  @MaxLength(10000)
  text: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the author posted it.' })
  @IsOptional()
  @IsDate()
  postedAt?: Date | null;
}

@InputType({ description: 'Changes to a post; a new text is a new capture and moves capturedAt.' })
export class UpdateSocialPostInput extends IntersectionType(
  PartialType(CreateSocialPostInput, { skipNullProperties: false }),
  VersionedUpdateInput('SocialPost'),
) {}

@ArgsType()
export class SocialPostArgs {
  @GlobalIdField('SocialPost', { description: "The post's id." })
  id: string;
}
