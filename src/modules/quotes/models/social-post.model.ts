import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SocialPlatform } from '../../../generated/prisma/enums.js';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(SocialPlatform, {
  name: 'SocialPlatform',
  description: 'The network a post was published on.',
  valuesMap: {
    X: { description: 'X, formerly Twitter.' },
    INSTAGRAM: { description: 'Instagram.' },
    FACEBOOK: { description: 'Facebook.' },
    THREADS: { description: 'Threads.' },
    BLUESKY: { description: 'Bluesky.' },
    TIKTOK: { description: 'TikTok.' },
    YOUTUBE: { description: 'YouTube.' },
    OTHER: { description: 'Any network not listed.' },
  },
});

@ObjectType({ description: 'A social media post, with a snapshot of its text: posts get edited and deleted.', implements: () => [Node] })
export class SocialPost implements Node {
  id: string;

  @Field(() => SocialPlatform, { description: 'The network, e.g. X.' })
  platform: SocialPlatform;

  @Field({ description: "The post's address; unique." })
  url: string;

  @Field({ description: "The author's handle as shown on the network, e.g. @jakepaul." })
  authorHandle: string;

  @Field({ description: 'The text of the post when it was captured.' })
  text: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the author posted it.' })
  postedAt: Date | null;

  @Field(() => DateTimeScalar, { description: 'When the newsroom captured the text.' })
  capturedAt: Date;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;

  authorPersonId: string | null;
}
