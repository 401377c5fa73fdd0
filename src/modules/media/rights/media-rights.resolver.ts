import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, STAFF } from '../../../auth/roles.decorator.js';
import { AppConfig } from '../../../config/app-config.js';
import type { MediaAsset as MediaAssetRow } from '../../../generated/prisma/client.js';
import { MediaAsset } from '../models/media-asset.model.js';
import { MediaRights } from './models/media-rights.model.js';
import { rightsStatus } from './rights-status.js';

type RightsColumns = Pick<MediaAssetRow, 'usageTerms' | 'editorialUseOnly' | 'embargoUntil' | 'expiresAt' | 'restrictions'>;

/** The rights fields of a media asset. */
@Resolver(() => MediaAsset)
export class MediaRightsResolver {
  constructor(private readonly config: AppConfig) {}

  // Embargoes, expiry dates and restrictions are the supplier's terms to the newsroom, not to its
  // readers, like the IPTC instructions.
  @Roles(...STAFF)
  @ResolveField(() => MediaRights, {
    nullable: true,
    description:
      'Usage terms, editorial-use-only, embargo, expiry and restrictions, with the status now; staff only (null with FORBIDDEN or UNAUTHENTICATED otherwise).',
  })
  rights(@Parent() asset: MediaAsset): MediaRights {
    const { usageTerms, editorialUseOnly, embargoUntil, expiresAt, restrictions } = asset as unknown as RightsColumns;
    const status = rightsStatus({ embargoUntil, expiresAt }, new Date(), this.config.mediaRights.warningDays);
    return { usageTerms, editorialUseOnly, embargoUntil, expiresAt, restrictions, status };
  }

  // Public: a frontend must know not to put an editorial-only photo in an advert or a promotion.
  @ResolveField(() => Boolean, {
    description: 'The supplier allows editorial use only: do not use the photo in advertising or promotion.',
  })
  editorialUseOnly(@Parent() asset: MediaAsset): boolean {
    return (asset as unknown as RightsColumns).editorialUseOnly;
  }
}
