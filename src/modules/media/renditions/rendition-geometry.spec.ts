import { focalPointIssues } from './focal-point.js';
import { cropOutputSize, focalCrop, focalKey, renditionRank, widthRenditions, workingSize } from './rendition-geometry.js';

const LANDSCAPE = { width: 1600, height: 1000 };
const PORTRAIT = { width: 1000, height: 1600 };
const SQUARE = { width: 1, height: 1 };
const FOUR_THREE = { width: 4, height: 3 };
const SIXTEEN_NINE = { width: 16, height: 9 };

describe('focalCrop', () => {
  it.each([
    ['16:9 of a landscape, centred', LANDSCAPE, SIXTEEN_NINE, null, { left: 0, top: 50, width: 1600, height: 900 }],
    ['1:1 of a landscape, centred', LANDSCAPE, SQUARE, null, { left: 300, top: 0, width: 1000, height: 1000 }],
    ['1:1 around a point left of centre', LANDSCAPE, SQUARE, { x: 0.4, y: 0.5 }, { left: 140, top: 0, width: 1000, height: 1000 }],
    ['1:1 against the left edge', LANDSCAPE, SQUARE, { x: 0.1, y: 0.5 }, { left: 0, top: 0, width: 1000, height: 1000 }],
    ['1:1 against the right edge', LANDSCAPE, SQUARE, { x: 0.9, y: 0.5 }, { left: 600, top: 0, width: 1000, height: 1000 }],
    ['1:1 at the very corner', LANDSCAPE, SQUARE, { x: 1, y: 1 }, { left: 600, top: 0, width: 1000, height: 1000 }],
    ['4:3 of a landscape, point high up', LANDSCAPE, FOUR_THREE, { x: 0.5, y: 0 }, { left: 134, top: 0, width: 1333, height: 1000 }],
    ['16:9 of a portrait, centred', PORTRAIT, SIXTEEN_NINE, null, { left: 0, top: 519, width: 1000, height: 563 }],
    ['16:9 of a portrait, point at the top', PORTRAIT, SIXTEEN_NINE, { x: 0.5, y: 0.1 }, { left: 0, top: 0, width: 1000, height: 563 }],
    ['16:9 of a portrait, point at the bottom', PORTRAIT, SIXTEEN_NINE, { x: 0.5, y: 1 }, { left: 0, top: 1037, width: 1000, height: 563 }],
    [
      '4:3 of a 4:3 image is all of it',
      { width: 800, height: 600 },
      FOUR_THREE,
      { x: 0.9, y: 0.9 },
      { left: 0, top: 0, width: 800, height: 600 },
    ],
    [
      '4:3 of a panorama is as high as the image',
      { width: 4000, height: 500 },
      FOUR_THREE,
      { x: 0.75, y: 0.5 },
      { left: 2667, top: 0, width: 667, height: 500 },
    ],
    ['any ratio of a single pixel', { width: 1, height: 1 }, SIXTEEN_NINE, null, { left: 0, top: 0, width: 1, height: 1 }],
  ])('%s', (_, image, ratio, focal, expected) => {
    const crop = focalCrop(image, ratio, focal);
    expect(crop).toEqual(expected);
    expect(crop.left + crop.width).toBeLessThanOrEqual(image.width);
    expect(crop.top + crop.height).toBeLessThanOrEqual(image.height);
  });
});

describe('cropOutputSize', () => {
  it.each([
    [{ width: 1600, height: 900 }, SIXTEEN_NINE, { width: 1200, height: 675 }],
    [{ width: 2048, height: 1536 }, FOUR_THREE, { width: 1200, height: 900 }],
    [{ width: 1000, height: 1000 }, SQUARE, { width: 1000, height: 1000 }],
    [{ width: 1000, height: 563 }, SIXTEEN_NINE, { width: 1000, height: 563 }],
  ])('a %j crop at %j is written at %j', (crop, ratio, expected) => {
    expect(cropOutputSize(crop, ratio)).toEqual(expected);
  });
});

describe('widthRenditions', () => {
  it('makes every width the image reaches, never wider than the image', () => {
    expect(widthRenditions(LANDSCAPE)).toEqual([
      { name: 'w320', size: { width: 320, height: 200 } },
      { name: 'w640', size: { width: 640, height: 400 } },
      { name: 'w1024', size: { width: 1024, height: 640 } },
      { name: 'w1600', size: { width: 1600, height: 1000 } },
    ]);
  });

  it('makes all five of a 24 MP photo, with its aspect', () => {
    expect(widthRenditions({ width: 6000, height: 4000 }).map((w) => `${w.name} ${w.size.width}x${w.size.height}`)).toEqual([
      'w320 320x213',
      'w640 640x427',
      'w1024 1024x683',
      'w1600 1600x1067',
      'w2048 2048x1365',
    ]);
  });

  it('gives an image narrower than 320 px one rendition at its own size', () => {
    expect(widthRenditions({ width: 200, height: 100 })).toEqual([{ name: 'w320', size: { width: 200, height: 100 } }]);
  });
});

describe('workingSize', () => {
  it.each([
    ['a 24 MP photo shrinks to 2048 px wide', { width: 6000, height: 4000 }, { width: 2048, height: 1365 }],
    ['a portrait shrinks to 2048 px wide', { width: 4000, height: 6000 }, { width: 2048, height: 3072 }],
    ['an image under 2048 px stays as it is', LANDSCAPE, LANDSCAPE],
    ['a panorama keeps 1200 px of height for its square crop', { width: 8000, height: 2000 }, { width: 4800, height: 1200 }],
    ['a panorama lower than 1200 px stays as it is', { width: 8000, height: 1000 }, { width: 8000, height: 1000 }],
  ])('%s', (_, image, expected) => {
    expect(workingSize(image)).toEqual(expected);
  });
});

describe('focalKey', () => {
  it.each([
    [null, 'c'],
    [{ x: 0.1, y: 0.5 }, '1000-5000'],
    [{ x: 0, y: 1 }, '0-10000'],
    [{ x: 0.33333, y: 0.66667 }, '3333-6667'],
  ])('%j → %s', (focal, key) => {
    expect(focalKey(focal)).toBe(key);
  });
});

describe('renditionRank', () => {
  it('lists the widths narrowest first, then the crops', () => {
    const names = ['16x9', 'w2048', '1x1', 'w320', '4x3', 'w640'];
    expect([...names].sort((a, b) => renditionRank(a) - renditionRank(b))).toEqual(['w320', 'w640', 'w2048', '1x1', '4x3', '16x9']);
  });
});

describe('focalPointIssues', () => {
  it.each([
    [{ x: 0.5, y: 0.5 }, []],
    [{ x: 0, y: 1 }, []],
    [{ x: -0.01, y: 0.5 }, ['input.x']],
    [{ x: 0.5, y: 1.5 }, ['input.y']],
    [{ x: 2, y: -1 }, ['input.x', 'input.y']],
    [{ x: Number.NaN, y: Number.POSITIVE_INFINITY }, ['input.x', 'input.y']],
  ])('%j → %j', (point, paths) => {
    expect(focalPointIssues(point, 'input').map((issue) => issue.path)).toEqual(paths);
  });

  it('says what is wanted and what was sent', () => {
    expect(focalPointIssues({ x: 1.2, y: 0.5 }, 'input')[0].message).toBe(
      'a fraction of the width from 0 (left edge) to 1 (right edge), such as 0.5 for the middle; got 1.2',
    );
  });
});
