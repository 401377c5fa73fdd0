import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RenditionsStatus } from '../../../generated/prisma/enums.js';

registerEnumType(RenditionsStatus, {
  name: 'RenditionsStatus',
  description: "Where an asset's renditions and crops stand.",
  valuesMap: {
    NONE: { description: 'Registered by URL: there is no uploaded file to make renditions from.' },
    PENDING: { description: 'Being made (after an upload or a moved focal point); the renditions listed, if any, are the previous ones.' },
    READY: { description: 'Made for the current file and focal point.' },
    FAILED: { description: 'Could not be made, for instance because the file is corrupt; staff see why in renditionsError.' },
  },
});

/** How a rendition is encoded; the values are what the database stores. */
export enum RenditionFormat {
  JPEG = 'jpeg',
  WEBP = 'webp',
}

registerEnumType(RenditionFormat, {
  name: 'RenditionFormat',
  description: 'The encoding of a rendition.',
  valuesMap: {
    JPEG: { description: 'JPEG (image/jpeg), which every browser shows.' },
    WEBP: { description: 'WebP (image/webp), about a third smaller; offer it first in a <picture> element.' },
  },
});

@ObjectType({
  description: "A resized copy or a crop of an uploaded photo, made from its file, with the photo's credit and copyright embedded.",
})
export class MediaRendition {
  @Field({
    description:
      '"w320", "w640", "w1024", "w1600", "w2048" for a width (never wider than the original); "1x1", "4x3", "16x9" for a crop around the focal point.',
  })
  name: string;

  @Field({
    description:
      'Where the file is served from. It never changes content, so it may be cached for good; a moved focal point gives new URLs.',
  })
  url: string;

  @Field(() => Int, { description: 'Width in pixels.' })
  width: number;

  @Field(() => Int, { description: 'Height in pixels.' })
  height: number;

  @Field(() => RenditionFormat, { description: 'JPEG or WebP.' })
  format: RenditionFormat;

  @Field({ description: 'Media type of the file, image/jpeg or image/webp: the `type` of a <source> element.' })
  mimeType: string;

  @Field(() => Int, { description: 'File size in bytes.' })
  sizeBytes: number;
}

@ObjectType({
  description: 'The point of interest of a photo, which its crops centre on, as fractions of its width and height from the top left.',
})
export class FocalPoint {
  @Field(() => Float, { description: 'Fraction of the width from the left edge, 0 to 1.' })
  x: number;

  @Field(() => Float, { description: 'Fraction of the height from the top edge, 0 to 1.' })
  y: number;
}
