import { Global, Injectable, Module } from '@nestjs/common';
import { PrismaService } from '../src/database/prisma.service.js';
import type { Prisma } from '../src/generated/prisma/client.js';
import { lookupId, PAGE_SOURCE, type PageSource } from '../src/read-model/page-reader.js';
import {
  type HeldPage,
  type LookupResult,
  type PageRow,
  type ReadAhead,
  ReadDocumentsRepository,
} from '../src/read-model/read-documents.repository.js';

/**
 * The typed baseline's page source: each lookup asks the database once, then answers from
 * memory. The instance that has it runs every query exactly as the uncached one does (the
 * same Apollo pipeline, limits, document path and graphql-jit over the same stored pages)
 * without the one statement per page, so the difference between the two rows is that
 * statement alone.
 */
@Injectable()
class MemoryPageSource implements PageSource {
  private readonly database: ReadDocumentsRepository;
  private readonly lookups = new Map<string, PageRow | null>();
  private readonly byKey = new Map<string, PageRow>();

  constructor(prisma: PrismaService) {
    this.database = new ReadDocumentsRepository(prisma);
  }

  async lookup(kind: string, keys: Prisma.Sql, held: HeldPage | null, ahead: ReadAhead): Promise<LookupResult> {
    const pages = ahead.pages.length
      ? (await Promise.all(ahead.pages.map((page) => this.findMany(page.kind, [page.key], [page.held])))).flatMap((rows, i) =>
          rows.map((row) => ({ ...row, kind: ahead.pages[i].kind })),
        )
      : [];
    return {
      root: await this.lookupOne(kind, keys, held),
      lookups: await Promise.all(ahead.lookups.map((next) => this.lookupOne(next.kind, next.keys, next.held))),
      pages,
    };
  }

  private async lookupOne(kind: string, keys: Prisma.Sql, held: HeldPage | null): Promise<PageRow | null> {
    const id = lookupId(kind, keys);
    if (!this.lookups.has(id)) this.lookups.set(id, (await this.database.lookup(kind, keys, null)).root);
    const row = this.lookups.get(id) ?? null;
    return row && held?.key === row.key && held.generation === row.generation ? { ...row, text: null } : row;
  }

  async findMany(kind: string, keys: readonly string[], held: readonly number[]): Promise<PageRow[]> {
    const missing = keys.filter((key) => !this.byKey.has(`${kind}:${key}`));
    for (const row of await this.database.findMany(
      kind,
      missing,
      missing.map(() => -1),
    ))
      this.byKey.set(`${kind}:${row.key}`, row);
    return keys.flatMap((key, i) => {
      const row = this.byKey.get(`${kind}:${key}`);
      if (!row) return [];
      return [row.generation === held[i] ? { ...row, text: null } : row];
    });
  }
}

/** Added by the benchmark to its typed-baseline instance only (createApp's extraModules). */
@Global()
@Module({ providers: [{ provide: PAGE_SOURCE, useClass: MemoryPageSource }], exports: [PAGE_SOURCE] })
export class TypedBaselineModule {}
