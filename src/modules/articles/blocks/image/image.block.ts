import { defineBlock } from '../block-definition.js';
import { gid } from '../revision-ids.js';
import { ImageBlockResolver } from './image-block.resolver.js';
import { ImageBlockInput } from './image.input.js';
import { ImageBlock } from './image.model.js';

export interface ImageBlockData {
  assetId: string;
  caption?: string | null;
  credit?: string | null;
  altText?: string | null;
}

export const imageBlock = defineBlock({
  type: 'IMAGE',
  payloadField: 'image',
  description: 'A media asset with its caption and credit (`image`).',
  input: ImageBlockInput,
  model: ImageBlock,
  resolvers: [ImageBlockResolver],
  normalize({ assetId, caption, credit, altText }, at): ImageBlockData {
    at.reference('MEDIA_ASSET', assetId, 'IMAGE_BLOCK', 'assetId');
    return { assetId, caption: caption ?? null, credit: credit ?? null, altText: altText ?? null };
  },
  text: () => [],
  // The stored texts override the asset's; the view's caption, credit and altText are the effective ones.
  view: (data) => ({
    assetId: data.assetId,
    captionOverride: data.caption ?? null,
    creditOverride: data.credit ?? null,
    altTextOverride: data.altText ?? null,
  }),
  jsonLd: (data) => ({ image: data }),
  revisionView: (data) => ({ ...data, assetId: gid('MediaAsset')(data.assetId) }),
});
