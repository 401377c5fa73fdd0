import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { DocumentCatalog } from './document-catalog.js';
import { DocumentExecutor } from './document-executor.js';
import { PageBuilder } from './page-builder.js';
import { PageReader } from './page-reader.js';
import { PublicChangeFeed } from './public-change-feed.js';
import { ReadDocumentsRepository } from './read-documents.repository.js';
import { RebuildTask } from './rebuild.task.js';
import { PAGE_KINDS } from './page-kinds.js';
import { ReadModelResolver } from './read-model.resolver.js';
import { WrittenPages } from './written-pages.js';

/**
 * The read model: public pages stored resolved (ReadDocument), kept true by every public
 * write (recordPublicChange), rebuilt in the background, and served by the document path.
 * Features register the fields that look their pages up.
 */
@Module({
  imports: [JobsModule],
  providers: [
    {
      provide: DocumentCatalog,
      useFactory: () => {
        const catalog = new DocumentCatalog();
        for (const kind of PAGE_KINDS) catalog.registerKind(kind);
        return catalog;
      },
    },
    ReadDocumentsRepository,
    PageReader,
    PageBuilder,
    DocumentExecutor,
    PublicChangeFeed,
    RebuildTask,
    WrittenPages,
    ReadModelResolver,
  ],
  exports: [DocumentCatalog, PageReader, PageBuilder, DocumentExecutor, PublicChangeFeed, ReadDocumentsRepository, WrittenPages],
})
export class ReadModelModule {}
