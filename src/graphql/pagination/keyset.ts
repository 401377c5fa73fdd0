import { Prisma } from '../../generated/prisma/client.js';
import { UUID_KEY } from '../relay/global-id.js';
import type { Connection } from './connection.js';
import { type CursorArgument, type CursorValue, decodeCursor, encodeCursor, invalidCursor } from './cursor.js';
import { type PageRequest, toConnection } from './page.js';

/** How a sort key is stored: decides how its cursor value is checked and cast in SQL. */
export type SortKeyType = 'uuid' | 'timestamp' | 'date' | 'text' | 'int';

export interface SortKey<Row> {
  /** The row's property, which is also the Prisma field. */
  field: keyof Row & string;
  /** The column in SQL, qualified as the query needs it, e.g. `a."publishedAt"`. */
  column: string;
  type: SortKeyType;
  direction: 'asc' | 'desc';
  /** Where nulls sort, for a nullable key. */
  nulls?: 'first' | 'last';
}

type Op = 'eq' | 'gt' | 'lt' | 'null' | 'notNull';
interface Atom<Row> {
  key: SortKey<Row>;
  op: Op;
  value: CursorValue;
}
/** Rows past a cursor: any branch matches, every atom of a branch must. */
type Branches<Row> = Atom<Row>[][];

const CASTS: Record<SortKeyType, Prisma.Sql> = {
  uuid: Prisma.raw('::uuid'),
  timestamp: Prisma.raw('::timestamptz'),
  date: Prisma.raw('::date'),
  text: Prisma.raw('::text'),
  int: Prisma.raw('::int'),
};
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const INT4_MAX = 2 ** 31 - 1;
const SQL_OPS: Record<'eq' | 'gt' | 'lt', string> = { eq: '=', gt: '>', lt: '<' };

/**
 * The order of a list and the keyset paging over it, for every connection: the sort keys
 * (the last one unique, usually the id) give the cursors, the SQL or Prisma condition for
 * "after this cursor" and "before that one", and the order to read in. Paging backwards
 * reads the reversed order from the cursor and flips the page, so `last`/`before` uses the
 * same index as `first`/`after`.
 */
export class KeysetOrder<Row> {
  constructor(private readonly keys: readonly SortKey<Row>[]) {}

  cursorOf(row: Row): string {
    return encodeCursor(this.keys.map((key) => cursorValue(row[key.field])));
  }

  /** One page over this order; a cursor this list did not give out is BAD_USER_INPUT naming its argument. */
  page(request: PageRequest): KeysetPage<Row> {
    return new KeysetPage(this, this.keys, request, this.decode(request.after, 'after'), this.decode(request.before, 'before'));
  }

  private decode(cursor: string | null, argument: CursorArgument): CursorValue[] | null {
    if (cursor === null) return null;
    const values = decodeCursor(cursor, this.keys.length, argument);
    this.keys.forEach((key, i) => {
      if (!validValue(key, values[i])) throw invalidCursor(argument);
    });
    return values;
  }
}

/** One page of a keyset-ordered list: what to ask the database, and the connection from its answer. */
export class KeysetPage<Row> {
  /** Rows to fetch: the page and one more, which tells whether the list goes on. */
  readonly take: number;

  constructor(
    private readonly order: KeysetOrder<Row>,
    private readonly keys: readonly SortKey<Row>[],
    readonly request: PageRequest,
    private readonly after: CursorValue[] | null,
    private readonly before: CursorValue[] | null,
  ) {
    this.take = request.size + 1;
  }

  /** The cursor conditions as SQL (TRUE without cursors), for `WHERE … AND ${page.sqlWhere()}`. */
  sqlWhere(): Prisma.Sql {
    const parts = this.bounds().map(([values, reversed]) => this.sqlPast(values, reversed));
    return parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`;
  }

  /** ORDER BY in reading order (reversed when paging backwards). */
  sqlOrderBy(): Prisma.Sql {
    const terms = this.keys.map((key) => {
      const { direction, nulls } = this.reading(key);
      return Prisma.raw(`${key.column} ${direction.toUpperCase()}${nulls ? ` NULLS ${nulls.toUpperCase()}` : ''}`);
    });
    return Prisma.join(terms, ', ');
  }

  /** The cursor conditions as a Prisma `where`, to AND with the list's filter. */
  prismaWhere(): Record<string, unknown> {
    const parts = this.bounds().map(([values, reversed]) => ({ OR: past(this.keys, values, reversed).map(prismaBranch) }));
    return parts.length ? { AND: parts } : {};
  }

  prismaOrderBy(): Record<string, unknown>[] {
    return this.keys.map((key) => {
      const { direction, nulls } = this.reading(key);
      return { [key.field]: nulls ? { sort: direction, nulls } : direction };
    });
  }

  connection(rows: Row[]): Connection<Row> {
    return toConnection(rows, this.request, (row) => this.order.cursorOf(row));
  }

  /** `after` bounds from below in list order, `before` from above: rows past `before` in the reversed order. */
  private bounds(): [CursorValue[], boolean][] {
    const bounds: [CursorValue[], boolean][] = [];
    if (this.after) bounds.push([this.after, false]);
    if (this.before) bounds.push([this.before, true]);
    return bounds;
  }

  private reading(key: SortKey<Row>) {
    return this.request.backward ? flip(key) : key;
  }

  private sqlPast(values: CursorValue[], reversed: boolean): Prisma.Sql {
    // Same direction on every key and no nulls: one row comparison, which a btree index serves directly.
    const uniform = this.keys.every((key) => key.direction === this.keys[0].direction && !key.nulls);
    if (uniform) {
      const ascending = (this.keys[0].direction === 'asc') !== reversed;
      const columns = Prisma.raw(this.keys.map((key) => key.column).join(', '));
      const cursor = Prisma.join(this.keys.map((key, i) => Prisma.sql`${values[i]}${CASTS[key.type]}`));
      return ascending ? Prisma.sql`((${columns}) > (${cursor}))` : Prisma.sql`((${columns}) < (${cursor}))`;
    }
    const branches = past(this.keys, values, reversed);
    if (!branches.length) return Prisma.sql`FALSE`;
    return Prisma.sql`(${Prisma.join(
      branches.map((branch) => Prisma.sql`(${Prisma.join(branch.map(sqlAtom), ' AND ')})`),
      ' OR ',
    )})`;
  }
}

function flip<Row>(key: SortKey<Row>): SortKey<Row> {
  const nulls = key.nulls === 'first' ? 'last' : key.nulls === 'last' ? 'first' : undefined;
  return { ...key, direction: key.direction === 'asc' ? 'desc' : 'asc', nulls };
}

/**
 * Rows strictly past the cursor in the order (or in the reversed order): equal on the keys
 * before key i and past it on key i, for some i. Nulls sort on their side of the values.
 */
function past<Row>(keys: readonly SortKey<Row>[], values: CursorValue[], reversed: boolean): Branches<Row> {
  const branches: Branches<Row> = [];
  keys.forEach((raw, i) => {
    const key = reversed ? flip(raw) : raw;
    const prefix: Atom<Row>[] = keys.slice(0, i).map((k, j) => ({ key: k, op: values[j] === null ? 'null' : 'eq', value: values[j] }));
    const value = values[i];
    const beyond: Atom<Row>[] = [];
    if (value === null) {
      if (key.nulls === 'first') beyond.push({ key: raw, op: 'notNull', value });
    } else {
      beyond.push({ key: raw, op: key.direction === 'asc' ? 'gt' : 'lt', value });
      if (key.nulls === 'last') beyond.push({ key: raw, op: 'null', value });
    }
    for (const atom of beyond) branches.push([...prefix, atom]);
  });
  return branches;
}

function sqlAtom<Row>({ key, op, value }: Atom<Row>): Prisma.Sql {
  const column = Prisma.raw(key.column);
  if (op === 'null') return Prisma.sql`${column} IS NULL`;
  if (op === 'notNull') return Prisma.sql`${column} IS NOT NULL`;
  return Prisma.sql`${column} ${Prisma.raw(SQL_OPS[op])} ${value}${CASTS[key.type]}`;
}

function prismaBranch<Row>(branch: Atom<Row>[]): Record<string, unknown> {
  return {
    AND: branch.map(({ key, op, value }) => {
      if (op === 'null') return { [key.field]: null };
      if (op === 'notNull') return { [key.field]: { not: null } };
      const typed = key.type === 'timestamp' || key.type === 'date' ? new Date(value as string) : value;
      return { [key.field]: op === 'eq' ? typed : { [op]: typed } };
    }),
  };
}

function cursorValue(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

/** Cursor values go into SQL: one that is not of its key's type must be a coded error, not a failed cast. */
function validValue<Row>(key: SortKey<Row>, value: CursorValue): boolean {
  if (value === null) return key.nulls !== undefined;
  if (key.type === 'int') return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= INT4_MAX;
  if (typeof value !== 'string') return false;
  switch (key.type) {
    case 'uuid':
      return UUID_KEY.test(value);
    case 'timestamp':
    case 'date':
      return ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
    case 'text':
      return true;
  }
}
