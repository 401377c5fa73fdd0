import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../../graphql/scalars/index.js';
import { MediaRightsStatus } from '../rights-status.js';

registerEnumType(MediaRightsStatus, {
  name: 'MediaRightsStatus',
  description: 'Where a photo stands in its rights window now.',
  valuesMap: {
    CLEAR: { description: 'It may be published: no embargo running, no expiry within MEDIA_RIGHTS_WARNING_DAYS.' },
    EMBARGOED: { description: 'Under embargo: stories placing it cannot be published until embargoUntil.' },
    EXPIRING: { description: 'Its rights expire within MEDIA_RIGHTS_WARNING_DAYS; it may still be published until expiresAt.' },
    EXPIRED: { description: 'Its rights have expired: stories placing it cannot be published.' },
  },
});

@ObjectType({ description: "A photo's licence terms as the supplier gave them, and where it stands in its rights window." })
export class MediaRights {
  @Field(() => String, { nullable: true, description: 'IPTC Rights Usage Terms, free text.' })
  usageTerms: string | null;

  @Field({ description: 'The supplier allows editorial use only (no advertising or promotion).' })
  editorialUseOnly: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'No story placing the photo may be published before this time.' })
  embargoUntil: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the licence ends; null when it does not.' })
  expiresAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Regions or outlets the photo may not be used in, as the supplier wrote them.' })
  restrictions: string | null;

  @Field(() => MediaRightsStatus, { description: 'Where the photo stands now: CLEAR, EMBARGOED, EXPIRING or EXPIRED.' })
  status: MediaRightsStatus;
}
