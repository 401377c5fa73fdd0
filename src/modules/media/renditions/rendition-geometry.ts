/** A focal point as fractions of the width and height from the top left; null means the centre. */
export interface FocalPoint {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Size {
  left: number;
  top: number;
}

/** The widths frontends pick from, narrowest first; each is named `w<width>`. */
export const RENDITION_WIDTHS = [320, 640, 1024, 1600, 2048] as const;

/** The crops around the focal point Google's article markup asks for, by name. */
export const CROPS = [
  { name: '1x1', ratio: { width: 1, height: 1 } },
  { name: '4x3', ratio: { width: 4, height: 3 } },
  { name: '16x9', ratio: { width: 16, height: 9 } },
] as const;

/** How wide a crop is made when the image allows it. */
export const CROP_WIDTH = 1200;

export const CENTRE: FocalPoint = { x: 0.5, y: 0.5 };

/** One width rendition: its name and its size, never wider than the image. */
export interface WidthPlan {
  name: string;
  size: Size;
}

/**
 * The width renditions of an image `image` wide and high (after EXIF orientation): every
 * listed width it reaches, never upscaled. An image narrower than the narrowest width still
 * gets that one name, at its own size, so every asset has at least one rendition.
 */
export function widthRenditions(image: Size): WidthPlan[] {
  const fitting = RENDITION_WIDTHS.filter((width) => width <= image.width);
  if (!fitting.length) return [{ name: `w${RENDITION_WIDTHS[0]}`, size: { ...image } }];
  return fitting.map((width) => ({ name: `w${width}`, size: { width, height: scaledHeight(image, width) } }));
}

/** The height of `image` scaled to `width`, at least one pixel. */
export function scaledHeight(image: Size, width: number): number {
  return Math.max(1, Math.round((image.height * width) / image.width));
}

/**
 * The largest rectangle of the ratio inside the image, centred on the focal point as far as
 * the edges allow: a focal point near an edge gives a crop against that edge, not one that
 * leaves the image.
 */
export function focalCrop(image: Size, ratio: Size, focal: FocalPoint | null): Rect {
  const byWidth = { width: image.width, height: Math.round((image.width * ratio.height) / ratio.width) };
  const size =
    byWidth.height <= image.height
      ? byWidth
      : { width: Math.min(image.width, Math.round((image.height * ratio.width) / ratio.height)), height: image.height };
  const width = Math.max(1, size.width);
  const height = Math.max(1, size.height);
  const { x, y } = focal ?? CENTRE;
  return {
    left: clamp(Math.round(x * image.width - width / 2), 0, image.width - width),
    top: clamp(Math.round(y * image.height - height / 2), 0, image.height - height),
    width,
    height,
  };
}

/** The size a crop is written at: CROP_WIDTH wide, or the crop's own width when narrower; exactly the ratio. */
export function cropOutputSize(crop: Size, ratio: Size): Size {
  const width = Math.min(CROP_WIDTH, crop.width);
  return { width, height: Math.max(1, Math.round((width * ratio.height) / ratio.width)) };
}

/**
 * How much to scale the image once, on decoding, so that every rendition can be cut from
 * the result without upscaling: 2048 px wide, or more when a crop needs it (a panorama's
 * square is its height), never more than the image itself.
 */
export function workingScale(image: Size): number {
  const widest = RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1] / image.width;
  const squareCrop = CROP_WIDTH / Math.min(image.width, image.height);
  return Math.min(1, Math.max(widest, squareCrop));
}

/** The size of the working image `workingScale` gives. */
export function workingSize(image: Size): Size {
  const scale = workingScale(image);
  if (scale === 1) return { ...image };
  const width = Math.max(1, Math.round(image.width * scale));
  return { width, height: scaledHeight(image, width) };
}

/**
 * A focal point as it goes into storage keys: ten-thousandths, "c" for the centre; a moved
 * focal point gives new keys, so cached copies of the old crops are never served for it.
 */
export function focalKey(focal: FocalPoint | null): string {
  if (!focal) return 'c';
  return `${Math.round(focal.x * 10_000)}-${Math.round(focal.y * 10_000)}`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

const NAME_ORDER: readonly string[] = [...RENDITION_WIDTHS.map((width) => `w${width}`), ...CROPS.map((crop) => crop.name)];

/** Where a rendition's name comes in lists: the widths narrowest first, then the crops. */
export function renditionRank(name: string): number {
  const index = NAME_ORDER.indexOf(name);
  return index === -1 ? NAME_ORDER.length : index;
}
