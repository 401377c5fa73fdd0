import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { phaseTableKey } from '../../read-model/dependency-keys.js';
import type { PublicChangeNotice } from '../../read-model/public-change.js';
import { PublicChangeFeed } from '../../read-model/public-change-feed.js';
import type { LeagueTable } from './models/league-table.model.js';

/** Tables kept per instance: a phase's current one and a few dated ones each, for busy seasons. */
const MAX_CACHED_TABLES = 1_000;
const PHASE_TABLE_PREFIX = phaseTableKey('');

/**
 * Computed league tables, kept until a write changes their phase: a result, an incident (tries),
 * a unit's status or time, a deduction, stored standings, an import (each records the phase's
 * table key). Dropped as the public change feed tells this instance, which a mutation waits
 * for before it answers; unused while the feed may have missed a write.
 */
@Injectable()
export class TableCache implements OnModuleInit, OnModuleDestroy {
  private readonly tables = new LRUCache<string, LeagueTable>({ max: MAX_CACHED_TABLES });

  private readonly onChange = (notice: PublicChangeNotice) => {
    if (!notice.write) return;
    if (!notice.keys) {
      this.tables.clear();
      return;
    }
    const phases = new Set(
      notice.keys.filter((key) => key.startsWith(PHASE_TABLE_PREFIX)).map((key) => key.slice(PHASE_TABLE_PREFIX.length)),
    );
    if (phases.size === 0) return;
    for (const key of this.tables.keys()) if (phases.has(key.slice(0, key.indexOf('|')))) this.tables.delete(key);
  };
  private readonly onReset = () => {
    this.tables.clear();
  };

  constructor(private readonly feed: PublicChangeFeed) {}

  onModuleInit(): void {
    this.feed.events.on('change', this.onChange);
    this.feed.events.on('reset', this.onReset);
  }

  onModuleDestroy(): void {
    this.feed.events.off('change', this.onChange);
    this.feed.events.off('reset', this.onReset);
  }

  /** The table under `key` ("phase|filter"), when one is kept and the feed can be trusted. */
  get(key: string): LeagueTable | undefined {
    return this.feed.trusted ? this.tables.get(key) : undefined;
  }

  /** Where the feed stands now: what `put` checks that nothing was written since the read began. */
  mark(): number {
    return this.feed.generation;
  }

  /** Keeps a table computed from a read that began at `mark`, unless a write was heard since. */
  put(key: string, table: LeagueTable, mark: number): void {
    if (this.feed.trusted && this.feed.generation === mark) this.tables.set(key, table);
  }
}
