import type { ImageBlockData } from '../blocks/block-data.js';

/** Every reason the gates can give. */
export const PUBLISH_BLOCK_CODES = [
  'HEADLINE_MISSING',
  'SLUG_MISSING',
  'BODY_EMPTY',
  'IMAGE_CREDIT_MISSING',
  'IMAGE_ALT_TEXT_MISSING',
  'IMAGE_EMBARGOED',
  'IMAGE_RIGHTS_EXPIRED',
  'REFERENCE_BROKEN',
  'FACT_CONTRADICTED',
] as const;

export type PublishBlockCode = (typeof PUBLISH_BLOCK_CODES)[number];

/** A placed photo as it is now: its effective credit, alt text and rights window. */
export interface GateAsset {
  credit: string | null;
  altText: string | null;
  embargoUntil: Date | null;
  expiresAt: Date | null;
}

/** Why a story cannot be published: what is missing, and where. */
export interface PublishBlockReason {
  code: PublishBlockCode;
  /** The field at fault, e.g. "headline" or "blocks.3.image.altText". */
  path: string;
  /** The block at fault (0-based), null for the story's own fields and links. */
  blockIndex: number | null;
  message: string;
}

/** A claim of the prose the data contradicts (from the fact check). */
export interface GateContradiction {
  blockIndex: number;
  start: number;
  end: number;
  text: string;
  dataValue: string | null;
}

export interface GateInput {
  headline: string;
  slug: string;
  bodyText: string;
  blocks: { position: number; type: string; data: unknown }[];
  /** The placed photos as they are now; absent when the asset is gone. */
  assets: ReadonlyMap<string, GateAsset>;
  /** When the story would go out: now for a publish, the scheduled time for a schedule; rights windows are judged at it. */
  now: Date;
  /** References of the working copy whose target no longer exists. */
  brokenReferences: { targetType: string; targetId: string; blockPosition: number }[];
  /** The working copy's contradicted claims; an editor may override them with a note. */
  contradictions?: GateContradiction[];
}

const TEXT_BLOCKS = new Set(['PARAGRAPH', 'HEADING']);
const blank = (text: string | null | undefined) => !text?.trim();

/**
 * The publish gates, as one pure function: every reason the story cannot go out, in the
 * order of the story (fields, then blocks).
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
    const rights = rightsReason(asset, input.now);
    if (rights) reasons.push({ ...rights, path: `${at}.assetId`, blockIndex: block.position });
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
  for (const claim of input.contradictions ?? []) {
    const data = claim.dataValue === null ? 'the data says otherwise' : `the data has ${claim.dataValue}`;
    reasons.push({
      code: 'FACT_CONTRADICTED',
      path: `blocks.${claim.blockIndex}.paragraph`,
      blockIndex: claim.blockIndex,
      message: `says "${claim.text}" but ${data} (characters ${claim.start}–${claim.end})`,
    });
  }
  return reasons.sort((a, b) => (a.blockIndex ?? -1) - (b.blockIndex ?? -1));
}

/** The reasons an editor's fact-check override lifts: contradicted claims, and nothing else. */
export const isOverridable = (reason: PublishBlockReason) => reason.code === 'FACT_CONTRADICTED';

/** A photo under embargo or past its expiry at `now` (a valid window is never both). */
function rightsReason(asset: GateAsset, now: Date): Pick<PublishBlockReason, 'code' | 'message'> | null {
  if (asset.expiresAt && asset.expiresAt.getTime() <= now.getTime())
    return { code: 'IMAGE_RIGHTS_EXPIRED', message: `the photo's rights end at ${asset.expiresAt.toISOString()}` };
  if (asset.embargoUntil && asset.embargoUntil.getTime() > now.getTime())
    return { code: 'IMAGE_EMBARGOED', message: `the photo is under embargo until ${asset.embargoUntil.toISOString()}` };
  return null;
}
