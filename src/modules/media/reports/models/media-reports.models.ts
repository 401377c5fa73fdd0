import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MediaAsset } from '../../models/media-asset.model.js';
import { Agency } from '../../registry/models/agency.model.js';
import { Photographer } from '../../registry/models/photographer.model.js';

export const MediaUsageGroupBy = { AGENCY: 'AGENCY', PHOTOGRAPHER: 'PHOTOGRAPHER' } as const;
export type MediaUsageGroupBy = (typeof MediaUsageGroupBy)[keyof typeof MediaUsageGroupBy];

registerEnumType(MediaUsageGroupBy, {
  name: 'MediaUsageGroupBy',
  description: 'How the usage report groups assets.',
  valuesMap: {
    AGENCY: { description: 'By supplier (IPTC Image Supplier).' },
    PHOTOGRAPHER: { description: 'By credited photographer (IPTC Creator); an asset with two creators counts for both.' },
  },
});

@ObjectType({ description: "How much of an agency's or a photographer's work the newsroom holds and uses." })
export class MediaUsageGroup {
  @Field(() => Agency, { nullable: true, description: 'The agency, when grouped by AGENCY.' })
  agency: Agency | null;

  @Field(() => Photographer, { nullable: true, description: 'The photographer, when grouped by PHOTOGRAPHER.' })
  photographer: Photographer | null;

  @Field(() => Int, { description: 'Assets supplied by the agency or crediting the photographer.' })
  assetCount: number;

  @Field(() => Int, { description: 'Of those, the assets placed in at least one story (published or not).' })
  usedAssetCount: number;

  @Field(() => Int, { description: 'Stories placing at least one of those assets, published or not.' })
  storyCount: number;

  @Field(() => Int, { description: 'Published stories whose public version places at least one of those assets.' })
  publishedStoryCount: number;
}

@ObjectType({ description: 'An asset and how many stories place it.' })
export class MediaAssetUsage {
  @Field(() => MediaAsset, { description: 'The asset; its `usages` lists the stories.' })
  asset: MediaAsset;

  @Field(() => Int, { description: 'Stories placing it in an image block, published or not.' })
  storyCount: number;

  @Field(() => Int, { description: 'Published stories whose public version places it.' })
  publishedStoryCount: number;
}

@ObjectType({
  description:
    'A warning, not an error: the caption and the people shown disagree. Names are compared as whole words ignoring case, accents and punctuation; a caption naming someone by surname only, or by another spelling, is reported too.',
})
export class CaptionPersonWarning {
  @Field(() => MediaAsset, { description: 'The asset.' })
  asset: MediaAsset;

  @Field(() => [String], {
    description: 'People shown (linked people and IPTC Person Shown names) whose full name does not appear in the caption.',
  })
  shownNotInCaption: string[];

  /** Resolved to Person rows by MediaReportsResolver. */
  namedNotShownIds: string[];
}
