import { defineBlock } from '../block-definition.js';
import { gid } from '../revision-ids.js';
import { SocialPostBlockResolver } from './social-post-block.resolver.js';
import { SocialPostBlockInput } from './social-post.input.js';
import { SocialPostBlock } from './social-post.model.js';

export interface SocialPostBlockData {
  socialPostId: string;
}

export const socialPostBlock = defineBlock({
  type: 'SOCIAL_POST',
  payloadField: 'socialPost',
  description: 'A captured social media post (`socialPost`).',
  input: SocialPostBlockInput,
  model: SocialPostBlock,
  resolvers: [SocialPostBlockResolver],
  normalize({ socialPostId }, at): SocialPostBlockData {
    at.reference('SOCIAL_POST', socialPostId, 'SOCIAL_POST_BLOCK', 'socialPostId');
    return { socialPostId };
  },
  text: (data, placed) => [placed.get(data.socialPostId) ?? ''],
  revisionView: (data) => ({ socialPostId: gid('SocialPost')(data.socialPostId) }),
});
