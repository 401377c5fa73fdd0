import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MediaAsset } from '../../models/media-asset.model.js';
import { Photographer } from './photographer.model.js';

/** How many assets a bulk change lists in its answer; the audit entry keeps the same first ids. */
export const LISTED_ASSETS_MAX = 50;

@ObjectType({ description: 'What a re-credit matched and changed (or, in a dry run, would change).' })
export class RecreditResult {
  @Field(() => Int, { description: 'Assets of the supplier whose credit line matches the pattern.' })
  matched: number;

  @Field(() => Int, {
    description: 'Matched assets that changed: a different credit line or a credit flagged for review (the others already had the line).',
  })
  changed: number;

  @Field({ description: 'True when nothing was written.' })
  dryRun: boolean;

  @Field(() => [MediaAsset], { complexity: LISTED_ASSETS_MAX, description: `The first ${LISTED_ASSETS_MAX} assets changed, newest first.` })
  assets: MediaAsset[];
}

@ObjectType({ description: 'The outcome of merging two photographer records.' })
export class PhotographerMerge {
  @Field(() => Photographer, { description: 'The photographer kept, with the merged name and aliases among its aliases.' })
  photographer: Photographer;

  @Field(() => ID, { description: 'The id of the photographer deleted.' })
  mergedId: string;

  @Field(() => Int, { description: 'Assets whose credits moved to the kept photographer.' })
  assetsMoved: number;

  @Field(() => Int, { description: 'Assets that credited both: the merged credit was dropped, the earlier position kept.' })
  duplicatesDropped: number;

  @Field(() => [MediaAsset], { complexity: LISTED_ASSETS_MAX, description: `The first ${LISTED_ASSETS_MAX} assets whose credits changed.` })
  assets: MediaAsset[];
}
