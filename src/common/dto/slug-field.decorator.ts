import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { OmittableNotNull } from '../validation/omittable-not-null.js';
import { IsSlug, SLUG_MAX_LENGTH } from '../validation/slug.js';

/**
 * The optional `slug` of a create input; the service generates it from `source` when it is left
 * out. `refuseNull` where an update may omit the slug but must not clear it with an explicit null.
 */
export function GeneratedSlugField(source: string, { refuseNull = false } = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable: true, description: `Generated from ${source} when omitted.` }),
    refuseNull ? OmittableNotNull() : IsOptional(),
    // Applied in this order (unlike a stacked list, bottom up), so the messages come as before.
    MaxLength(SLUG_MAX_LENGTH),
    IsSlug(),
  );
}
