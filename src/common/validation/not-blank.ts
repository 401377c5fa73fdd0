import { Matches } from 'class-validator';

/** Matches text with at least one non-whitespace character; use with `@Matches` to refuse blank strings. */
export const NOT_BLANK = /\S/;

/** Refuses text of spaces only; `example` shows what the field holds. */
export const IsNotBlank = (example: string) => Matches(NOT_BLANK, { message: `must not be blank, give text such as "${example}"` });
