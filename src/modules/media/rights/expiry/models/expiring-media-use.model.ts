import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RightsExpiryPolicy } from '../../../../../generated/prisma/enums.js';
import { DateTimeScalar } from '../../../../../graphql/scalars/index.js';
import { ExpiryActionReason } from '../media-use.js';

registerEnumType(ExpiryActionReason, {
  name: 'RightsExpiryActionReason',
  description: "Why the rights job takes down a story whose photo's supplier asks for SWAP_FALLBACK.",
  valuesMap: {
    NO_FALLBACK: { description: 'The agency has no fallback photo (or the fallback is the expired photo itself).' },
    FALLBACK_NOT_CLEAR: { description: 'The fallback photo is itself under embargo or expired.' },
    UNPUBLISHED_CHANGES: {
      description:
        'The working copy has changes that were never published; the job does not publish them, so it cannot republish the story.',
    },
    OTHER_PHOTO_EXPIRED: { description: 'Another expired photo stays in the story, so the gates would refuse it.' },
    REPUBLISH_REFUSED: { description: 'Publishing the story with the fallback was refused: a gate failed, or someone saved meanwhile.' },
  },
});

/** One photo in one published story whose rights expire soon or have; `story`, `asset` and `agency` resolve from the ids. */
@ObjectType({ description: 'A photo placed in a published story whose rights expire within the window asked for, or have expired.' })
export class ExpiringMediaUse {
  articleId: string;
  assetId: string;
  agencyId: string | null;
  fallbackAssetId: string | null;

  @Field(() => DateTimeScalar, { description: "When the photo's rights end." })
  expiresAt: Date;

  @Field({ description: 'The rights have already ended: the job has applied, or will apply at its next run, the action.' })
  expired: boolean;

  @Field(() => RightsExpiryPolicy, { description: "The supplier agency's expiry policy (NOTIFY when the photo has no supplier)." })
  policy: RightsExpiryPolicy;

  @Field(() => RightsExpiryPolicy, {
    description:
      'What the daily job does about this photo once expired, as things stand now: the policy, or UNPUBLISH_STORY when a swap cannot be made (see actionReason). A story is taken down when any of its expired photos calls for it.',
  })
  action: RightsExpiryPolicy;

  @Field(() => ExpiryActionReason, { nullable: true, description: 'Why `action` differs from `policy`; null when it does not.' })
  actionReason: ExpiryActionReason | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the job reported this use at this expiry (media.rightsExpiring before it, media.rightsExpired after); null when not yet.',
  })
  noticeSentAt: Date | null;
}
