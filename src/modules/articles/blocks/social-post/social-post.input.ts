import { InputType } from '@nestjs/graphql';
import { GlobalIdField } from '../../../../graphql/relay/global-id.input.js';

@InputType({ description: 'Embeds a stored social post in the story.' })
export class SocialPostBlockInput {
  @GlobalIdField('SocialPost', { description: 'The social post to embed.' }) socialPostId: string;
}
