import { ValidateIf } from 'class-validator';

/**
 * For an optional input field backed by a required column: it may be left out (the stored
 * value stays or a default applies), but an explicit null fails the field's other validators.
 */
export const OmittableNotNull = () => ValidateIf((_: object, value: unknown) => value !== undefined);
