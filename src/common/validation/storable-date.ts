import { ValidateBy, type ValidationArguments } from 'class-validator';

/**
 * A calendar date PostgreSQL can store: years 1 to 9999. ISO 8601 allows year 0000 (1 BC),
 * which the date scalar parses but the database refuses.
 */
export const IsStorableDate = () =>
  ValidateBy({
    name: 'isStorableDate',
    validator: {
      validate: (value: unknown) => value instanceof Date && value.getUTCFullYear() >= 1 && value.getUTCFullYear() <= 9999,
      defaultMessage: ({ property }: ValidationArguments) => `${property} must be a date from year 1 to 9999, such as 2026-02-06`,
    },
  });
