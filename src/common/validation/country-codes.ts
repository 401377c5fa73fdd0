import { countries } from 'country-data-list';
import { ValidateBy } from 'class-validator';

/** ISO 3166-1 alpha-2 codes in use: the assigned ones and the user-assigned XK (Kosovo). */
const COUNTRY_CODES: ReadonlySet<string> = new Set(
  countries.all.filter((c) => c.alpha2 && (c.status === 'assigned' || c.status === 'user assigned')).map((c) => c.alpha2),
);

export const isIsoCountryCode = (value: unknown): boolean => typeof value === 'string' && COUNTRY_CODES.has(value);

/**
 * An ISO 3166-1 alpha-2 code that names a country (GB, NL, XK), checked against the list, not
 * only its shape: a club's or an association's country is data other features join on.
 */
export const IsIsoCountryCode = () =>
  ValidateBy({
    name: 'isIsoCountryCode',
    validator: {
      validate: isIsoCountryCode,
      defaultMessage: () => 'an ISO 3166-1 alpha-2 country code in use: 2 capital letters, such as GB or NL',
    },
  });
