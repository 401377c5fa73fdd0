import { Matches } from 'class-validator';

/*
 * The code formats of the sports graph, each with the message a person reads when a value
 * does not fit: what the code looks like and an example, never the pattern itself. The
 * validation pipe puts the argument path in front ("input.nocCode: 3 capital letters, such as NED").
 */

export const NOC_CODE_PATTERN = /^[A-Z]{3}$/;
export const DISCIPLINE_CODE_PATTERN = /^[A-Z0-9]{2,8}$/;
export const RECORD_TYPE_CODE_PATTERN = /^[A-Z0-9]{1,8}$/;
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;

/** An IOC code of a National Olympic Committee (NED), not a country code. */
export const IsNocCode = () => Matches(NOC_CODE_PATTERN, { message: '3 capital letters, such as NED' });

export const IsDisciplineCode = () => Matches(DISCIPLINE_CODE_PATTERN, { message: '2 to 8 capital letters or digits, such as SSK' });

export const IsRecordTypeCode = () => Matches(RECORD_TYPE_CODE_PATTERN, { message: '1 to 8 capital letters or digits, such as WR' });

/** ISO 3166-1 alpha-2 as places use it (IT); shape only, so user-assigned codes such as XK (Kosovo) pass. */
export const IsCountryCode = () =>
  Matches(COUNTRY_CODE_PATTERN, { message: 'an ISO 3166-1 alpha-2 country code: 2 capital letters, such as IT' });
