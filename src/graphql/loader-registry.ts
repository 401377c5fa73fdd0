import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request. Features ask for a loader by name and say how to build
 * it, so no central list has to know every feature; loaders never outlive the request.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, build: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = build();
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** A loader of one row per key, fetched with one query per batch. */
  one<K, V>(name: string, fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
    return this.get(name, () => new DataLoader<K, V | null>(async (keys) => byKey(keys, await fetch(keys), keyOf)));
  }

  /** A loader of the rows belonging to each key (children by parent id), one query per batch. */
  many<K, V>(name: string, fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
    return this.get(name, () => new DataLoader<K, V[]>(async (keys) => groupByKey(keys, await fetch(keys), keyOf)));
  }
}

/** Orders batch results by key: a missing key gives null, as DataLoader requires one value per key. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const index = new Map<K, V>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((key) => index.get(key) ?? null);
}

/** Groups batch results by key: every key gets an array, possibly empty. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
