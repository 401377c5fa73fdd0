import type { ImageBlockData } from '../blocks/block-data.js';

/** Why a story cannot be published: what is missing, and where. */
export interface PublishBlockReason {
  code: 'HEADLINE_MISSING' | 'SLUG_MISSING' | 'BODY_EMPTY' | 'IMAGE_CREDIT_MISSING' | 'IMAGE_ALT_TEXT_MISSING' | 'REFERENCE_BROKEN';
  /** The field at fault, e.g. "headline" or "blocks.3.image.altText". */
  path: string;
  /** The block at fault (0-based), null for the story's own fields and links. */
  blockIndex: number | null;
  message: string;
}

export interface GateInput {
  headline: string;
  slug: string;
  bodyText: string;
  blocks: { position: number; type: string; data: unknown }[];
  /** The placed photos as they are now: their effective credit and alt text; absent when the asset is gone. */
  assets: ReadonlyMap<string, { credit: string | null; altText: string | null }>;
  /** References of the working copy whose target no longer exists. */
  brokenReferences: { targetType: string; targetId: string; blockPosition: number }[];
}

const TEXT_BLOCKS = new Set(['PARAGRAPH', 'HEADING']);
const blank = (text: string | null | undefined) => !text?.trim();

/**
 * The publish gates, as one pure function: every reason the story cannot go out, in the
 * order of the story (fields, then blocks). Image rights join here once assets carry them.
 */
export function publishGates(input: GateInput): PublishBlockReason[] {
  const reasons: PublishBlockReason[] = [];
  if (blank(input.headline))
    reasons.push({ code: 'HEADLINE_MISSING', path: 'headline', blockIndex: null, message: 'give the story a headline' });
  if (blank(input.slug)) reasons.push({ code: 'SLUG_MISSING', path: 'slug', blockIndex: null, message: 'give the story a slug' });
  // A results table or a photo is content of its own; only text blocks can be empty.
  if (input.blocks.length === 0 || (blank(input.bodyText) && input.blocks.every((b) => TEXT_BLOCKS.has(b.type))))
    reasons.push({ code: 'BODY_EMPTY', path: 'blocks', blockIndex: null, message: 'the body has no text' });
  for (const block of input.blocks) {
    if (block.type !== 'IMAGE') continue;
    const image = block.data as ImageBlockData;
    const asset = input.assets.get(image.assetId);
    if (!asset) continue; // reported as a broken reference
    const at = `blocks.${block.position}.image`;
    if (blank(image.credit) && blank(asset.credit))
      reasons.push({ code: 'IMAGE_CREDIT_MISSING', path: `${at}.credit`, blockIndex: block.position, message: 'the photo has no credit' });
    if (blank(image.altText) && blank(asset.altText))
      reasons.push({
        code: 'IMAGE_ALT_TEXT_MISSING',
        path: `${at}.altText`,
        blockIndex: block.position,
        message: 'the photo has no alt text',
      });
  }
  for (const ref of input.brokenReferences) {
    const inBlock = ref.blockPosition >= 0;
    reasons.push({
      code: 'REFERENCE_BROKEN',
      path: inBlock ? `blocks.${ref.blockPosition}` : 'links',
      blockIndex: inBlock ? ref.blockPosition : null,
      message: `no ${ref.targetType.toLowerCase().replace('_', ' ')} with id ${ref.targetId} any more`,
    });
  }
  return reasons.sort((a, b) => (a.blockIndex ?? -1) - (b.blockIndex ?? -1));
}
