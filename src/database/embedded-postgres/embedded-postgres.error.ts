/**
 * Why the embedded PostgreSQL did not start, as one line a person can act on:
 * what failed, then what to do about it.
 */
export class EmbeddedPostgresError extends Error {
  constructor(what: string, whatToDo: string, detail?: string) {
    const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
    super(`Embedded PostgreSQL could not start: ${oneLine(what)}${detail ? ` (${oneLine(detail)})` : ''}. ${oneLine(whatToDo)}`);
    this.name = 'EmbeddedPostgresError';
  }
}

/** What to do, ending with the way out that always works. */
export function orUseYourOwn(firstTry?: string): string {
  const own = 'set DATABASE_URL to use a PostgreSQL server of your own';
  return firstTry ? `${firstTry}, or ${own}.` : `${own.charAt(0).toUpperCase()}${own.slice(1)}.`;
}
