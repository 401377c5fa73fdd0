import { Injectable, Logger } from '@nestjs/common';
import { PageBuilder } from './page-builder.js';
import { ReadDocumentsRepository } from './read-documents.repository.js';
import { takeWrittenPages } from './written-pages.context.js';

/**
 * Builds the pages this request's writes made STALE and claimed, so that a mutation answers
 * only once the pages that show its change are FRESH again: no reader, on any instance, is
 * sent to the live path for them. A build that fails leaves its page to the rebuild job.
 */
@Injectable()
export class WrittenPages {
  private readonly logger = new Logger(WrittenPages.name);

  constructor(
    private readonly builder: PageBuilder,
    private readonly pages: ReadDocumentsRepository,
  ) {}

  async build(): Promise<void> {
    const claimed = takeWrittenPages();
    if (!claimed.length) return;
    const byKind = new Map<string, string[]>();
    for (const page of new Set(claimed)) {
      const at = page.indexOf(':');
      const kind = page.slice(0, at);
      byKind.set(kind, [...(byKind.get(kind) ?? []), page.slice(at + 1)]);
    }
    try {
      // One build per kind, side by side: the mutation waits for the slowest, not the sum.
      const outcomes = (await Promise.all([...byKind].map(([kind, keys]) => this.builder.buildMany(kind, keys)))).flat();
      if (outcomes.some((outcome) => outcome !== 'FRESH' && outcome !== 'removed')) await this.pages.queueRebuild();
    } catch (error) {
      this.logger.error(`Pages written by a mutation were left to the rebuild job: ${(error as Error).message}`);
      await this.pages.queueRebuild().catch(() => undefined);
    }
  }
}
