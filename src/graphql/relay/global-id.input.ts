import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsArray, IsOptional, ValidateBy, type ValidationArguments } from 'class-validator';
import { OmittableNotNull } from '../../common/validation/omittable-not-null.js';
import { uuidOfGlobalId } from './global-id.js';

/** What an id argument accepts: one or more type names, or a choice made from the sibling fields. */
export type GlobalIdTypes = string | readonly string[] | ((input: Record<string, unknown>) => string | readonly string[] | undefined);

export interface GlobalIdFieldOptions {
  description: string;
  nullable?: boolean;
  /** With nullable: the field may be left out, but an explicit null is refused. */
  refuseNull?: boolean;
  /** A list of ids: `[ID!]`. */
  list?: boolean;
}

/** Stands in for an id that did not decode, so validation can name what was expected. */
class UndecodedGlobalId {
  constructor(readonly expected: readonly string[]) {}
}

function decode(value: unknown, expected: readonly string[]): unknown {
  if (value === null || value === undefined) return value;
  return uuidOfGlobalId(value, expected) ?? new UndecodedGlobalId(expected);
}

function expectedTypes(types: GlobalIdTypes, input: Record<string, unknown>): readonly string[] {
  const chosen = typeof types === 'function' ? types(input) : types;
  return chosen === undefined ? [] : typeof chosen === 'string' ? [chosen] : chosen;
}

function describe(expected: readonly string[]): string {
  return expected.length ? expected.join(' or ') : 'the kind named beside it';
}

/**
 * An input field holding the global id of an object (`ID`). The id is checked to be one
 * the API gave out for an object of the expected type, then replaced by the row's key, so
 * services and repositories only ever see keys. Anything else is BAD_USER_INPUT naming the
 * field.
 */
export function GlobalIdField(types: GlobalIdTypes, options: GlobalIdFieldOptions): PropertyDecorator {
  const nullable = options.nullable ?? false;
  return applyDecorators(
    Field(() => (options.list ? [ID] : ID), { nullable, description: options.description }),
    Transform(({ value, obj }: { value: unknown; obj: Record<string, unknown> }) => {
      const expected = expectedTypes(types, obj);
      return options.list && Array.isArray(value) ? value.map((item) => decode(item, expected)) : decode(value, expected);
    }),
    ...(nullable ? [options.refuseNull ? OmittableNotNull() : IsOptional()] : []),
    ...(options.list ? [IsArray()] : []),
    ValidateBy(
      {
        name: 'isGlobalId',
        validator: {
          validate: (value: unknown) => typeof value === 'string',
          defaultMessage: ({ property, value }: ValidationArguments) => {
            const undecoded: unknown = Array.isArray(value) ? value.find((item) => item instanceof UndecodedGlobalId) : value;
            const expected = undecoded instanceof UndecodedGlobalId ? undecoded.expected : [];
            return `${property} must be the id of a ${describe(expected)}, as the API returns it`;
          },
        },
      },
      { each: options.list ?? false },
    ),
  );
}
