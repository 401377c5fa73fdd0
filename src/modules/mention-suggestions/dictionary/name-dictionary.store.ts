import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit, Optional } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import type { PublicChangeNotice } from '../../../read-model/public-change.js';
import { PublicChangeFeed } from '../../../read-model/public-change-feed.js';
import { MentionSuggestionsRepository } from '../mention-suggestions.repository.js';
import { type BuildOptions, buildNameDictionary, type NameDictionary } from './name-dictionary.js';

export interface DictionaryStoreOptions extends BuildOptions {
  /** How often, at most, a request asks the database whether names changed (ms). */
  checkIntervalMs?: number;
  /**
   * A rebuild that took less than this (ms) last time is awaited, so answers reflect a change at
   * once; a longer one runs in the background while the previous dictionary keeps answering.
   */
  awaitRebuildMs?: number;
}

export const DICTIONARY_STORE_OPTIONS = Symbol('DICTIONARY_STORE_OPTIONS');

/** The writes that change a name: the audit's change keys of these types ("Person:<id>"). */
const NAMED_TYPES = ['Person:', 'Organisation:', 'Venue:', 'Competition:'];

export interface DictionaryBuild {
  ms: number;
  at: Date;
  generation: string;
}

/**
 * The name dictionary of this process: built on the first request (concurrent first requests
 * share one build), kept in memory, and rebuilt when people, organisations, venues or
 * competitions change. A change is noticed two ways: the public change feed names the written
 * entity (API writes, heard at once), and a cheap generation query (counts and latest change
 * times) run at most every few seconds catches the rest (imports, bulk loads, a gap in the feed).
 */
@Injectable()
export class NameDictionaryStore implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(NameDictionaryStore.name);
  private readonly checkIntervalMs: number;
  private readonly awaitRebuildMs: number;
  private dictionary: NameDictionary | null = null;
  private building: Promise<NameDictionary> | null = null;
  private checking: Promise<void> | null = null;
  private generation: string | null = null;
  private checkedAt = 0;
  private dirty = false;
  private last: DictionaryBuild | null = null;

  private readonly onChange = (notice: PublicChangeNotice) => {
    if (notice.write && (!notice.keys || notice.keys.some((key) => NAMED_TYPES.some((type) => key.startsWith(type))))) this.dirty = true;
  };
  private readonly onReset = () => {
    this.dirty = true;
  };

  constructor(
    private readonly repository: MentionSuggestionsRepository,
    @Optional() private readonly feed?: PublicChangeFeed,
    @Optional() @Inject(DICTIONARY_STORE_OPTIONS) private readonly options: DictionaryStoreOptions = {},
  ) {
    this.checkIntervalMs = options.checkIntervalMs ?? 5_000;
    this.awaitRebuildMs = options.awaitRebuildMs ?? 250;
  }

  onModuleInit(): void {
    this.feed?.events.on('change', this.onChange);
    this.feed?.events.on('reset', this.onReset);
  }

  onModuleDestroy(): void {
    this.feed?.events.off('change', this.onChange);
    this.feed?.events.off('reset', this.onReset);
  }

  /** The last build: how long it took and of which data. */
  get lastBuild(): DictionaryBuild | null {
    return this.last;
  }

  /** The dictionary, as fresh as the rules above make it. */
  async current(): Promise<NameDictionary> {
    if (!this.dictionary) return this.rebuild();
    if (this.dirty || Date.now() - this.checkedAt >= this.checkIntervalMs) await this.check();
    if (this.building && (this.last?.ms ?? 0) < this.awaitRebuildMs) return this.building;
    return this.dictionary;
  }

  private check(): Promise<void> {
    this.checking ??= (async () => {
      this.dirty = false;
      const generation = await this.repository.generation();
      this.checkedAt = Date.now();
      if (generation !== this.generation && !this.building) {
        // Answers go on from the current dictionary meanwhile; a failed rebuild is retried at the next check.
        this.rebuild().catch((error: unknown) => {
          this.logger.error(`Rebuilding the name dictionary failed: ${(error as Error).message}`);
        });
      }
    })().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private rebuild(): Promise<NameDictionary> {
    this.building ??= (async () => {
      const started = performance.now();
      // Read before the rows: a change during the load moves the generation again, and the next check rebuilds.
      const generation = await this.repository.generation();
      const dictionary = await buildNameDictionary(await this.repository.dictionaryRows(), this.options);
      this.dictionary = dictionary;
      this.generation = generation;
      this.checkedAt = Date.now();
      this.last = { ms: performance.now() - started, at: new Date(), generation };
      this.logger.log(
        `Name dictionary built in ${Math.round(this.last.ms)} ms: ${dictionary.counts.PERSON} people, ${dictionary.counts.ORGANISATION} organisations, ${dictionary.counts.keys} names`,
      );
      return dictionary;
    })().finally(() => {
      this.building = null;
    });
    return this.building;
  }
}
