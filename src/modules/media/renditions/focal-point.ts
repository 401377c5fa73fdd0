import type { FieldIssue } from '../../../common/errors/domain-error.js';
import type { FocalPoint } from './rendition-geometry.js';

const AXES = [
  { key: 'x', says: 'a fraction of the width from 0 (left edge) to 1 (right edge), such as 0.5 for the middle' },
  { key: 'y', says: 'a fraction of the height from 0 (top edge) to 1 (bottom edge), such as 0.5 for the middle' },
] as const;

/** What is wrong with a focal point, one issue per coordinate outside 0..1, named by its path under `path`. */
export function focalPointIssues(point: { x: number; y: number }, path: string): FieldIssue[] {
  return AXES.filter(({ key }) => !(Number.isFinite(point[key]) && point[key] >= 0 && point[key] <= 1)).map(({ key, says }) => ({
    path: `${path}.${key}`,
    message: `${says}; got ${point[key]}`,
  }));
}

/** An asset's focal point from its columns; null (the centre) while none is set. */
export function focalPointOf(asset: { focalX: number | null; focalY: number | null }): FocalPoint | null {
  return asset.focalX === null || asset.focalY === null ? null : { x: asset.focalX, y: asset.focalY };
}
