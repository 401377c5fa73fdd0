/**
 * For a value that exists by construction (a map filled just above, a payload the caller has checked):
 * returns it, and fails loudly naming what is missing if that ever stops being true, rather than carrying on with undefined.
 */
export function required<T>(value: T, what: string): NonNullable<T> {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}
