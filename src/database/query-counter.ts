/**
 * Counts SQL statements sent by Prisma. Tests and the benchmark read it before and after a
 * request to prove that statement counts do not grow with the number of items.
 */
export class QueryCounter {
  private total = 0;

  increment(): void {
    this.total += 1;
  }

  get count(): number {
    return this.total;
  }
}
