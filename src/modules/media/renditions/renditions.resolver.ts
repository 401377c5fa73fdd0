import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../../auth/current-viewer.decorator.js';
import { Roles, STAFF } from '../../../auth/roles.decorator.js';
import type { Viewer } from '../../../auth/viewer.js';
import { AppConfig } from '../../../config/app-config.js';
import type { MediaAsset as MediaAssetRow, MediaRendition as RenditionRow } from '../../../generated/prisma/client.js';
import { RenditionsStatus } from '../../../generated/prisma/enums.js';
import type { RequestContext } from '../../../graphql/request-context.js';
import { MediaAsset } from '../models/media-asset.model.js';
import { FILE_FORMATS } from './render-protocol.js';
import { CROPS, RENDITION_WIDTHS } from './rendition-geometry.js';
import { focalPointOf } from './focal-point.js';
import { FocalPointService } from './focal-point.service.js';
import { FocalPoint, MediaRendition, RenditionFormat } from './renditions.models.js';
import { RenditionsLoaders } from './renditions.loaders.js';
import { SetMediaFocalPointInput } from './set-focal-point.input.js';

type RenditionColumns = Pick<MediaAssetRow, 'focalX' | 'focalY' | 'renditionsStatus' | 'renditionsError'>;
const columns = (asset: MediaAsset) => asset as unknown as RenditionColumns;

/** Every name in both formats: the most an asset lists. */
const MAX_RENDITIONS = (RENDITION_WIDTHS.length + CROPS.length) * Object.keys(RenditionFormat).length;

/** The renditions, crops and focal point of a media asset. */
@Resolver(() => MediaAsset)
export class RenditionsResolver {
  constructor(
    private readonly service: FocalPointService,
    private readonly loaders: RenditionsLoaders,
    private readonly config: AppConfig,
  ) {}

  @Roles('EDITOR', 'PHOTO')
  @Mutation(() => MediaAsset, {
    description:
      'Moves the focal point of an uploaded photo and remakes its crops in the background (renditionsStatus PENDING until READY). Fails with FOCAL_POINT_OUTSIDE_IMAGE for x or y outside 0..1, NO_STORED_FILE for an asset registered by URL, VERSION_CONFLICT if someone saved first.',
  })
  setMediaFocalPoint(
    @Args('input', { description: 'The asset, the version the change is based on, and the new focal point.' })
    input: SetMediaFocalPointInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.setFocalPoint(input, viewer);
  }

  @ResolveField(() => [MediaRendition], {
    complexity: MAX_RENDITIONS,
    description:
      'Resized copies (widths, never wider than the original) and crops around the focal point, in JPEG and WebP: widths narrowest first, then the crops. Empty until the first are made (see renditionsStatus).',
  })
  async renditions(@Parent() asset: MediaAsset, @Context() ctx: RequestContext): Promise<MediaRendition[]> {
    const rows = await this.loaders.byAsset(ctx.loaders).load(asset.id);
    return rows.map((row) => this.toRendition(row));
  }

  @ResolveField(() => FocalPoint, {
    nullable: true,
    description: 'Where the crops centre, as fractions of the width and height; null: the centre of the photo.',
  })
  focalPoint(@Parent() asset: MediaAsset): FocalPoint | null {
    return focalPointOf(columns(asset));
  }

  @ResolveField(() => RenditionsStatus, { description: 'Whether the renditions are being made, made, or could not be made.' })
  renditionsStatus(@Parent() asset: MediaAsset): RenditionsStatus {
    return columns(asset).renditionsStatus;
  }

  // The reason names the server's own faults (storage, processes), which are for the newsroom only.
  @Roles(...STAFF)
  @ResolveField(() => String, {
    nullable: true,
    description: 'Why the renditions could not be made (renditionsStatus FAILED); staff only (FORBIDDEN or UNAUTHENTICATED otherwise).',
  })
  renditionsError(@Parent() asset: MediaAsset): string | null {
    return columns(asset).renditionsError;
  }

  private toRendition(row: RenditionRow): MediaRendition {
    return {
      name: row.name,
      url: `${this.config.media.publicUrl}/${row.storageKey}`,
      width: row.width,
      height: row.height,
      format: row.format === 'webp' ? RenditionFormat.WEBP : RenditionFormat.JPEG,
      mimeType: row.format === 'webp' ? FILE_FORMATS.webp.contentType : FILE_FORMATS.jpeg.contentType,
      sizeBytes: row.sizeBytes,
    };
  }
}
