/** Matches text with at least one non-whitespace character; use with `@Matches` to refuse blank strings. */
export const NOT_BLANK = /\S/;
