import { Args, ArgsType, Field, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { recordAudit } from '../audit/audit-log.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { PrismaService } from '../database/prisma.service.js';
import { Prisma } from '../generated/prisma/client.js';
import { toGlobalId } from '../graphql/relay/global-id.js';
import { FailedPage, StoredPageCount, StoredPageKind, storedPageKind } from './models/stored-page.model.js';
import { ReadDocumentsRepository } from './read-documents.repository.js';

const MAX_FAILED_LISTED = 100;

/** The entities each kind of page is built for: a full rebuild covers them all. */
const ENTITIES: Record<StoredPageKind, Prisma.Sql> = {
  [StoredPageKind.ARTICLE]: Prisma.sql`SELECT "articleId" AS key FROM "ArticlePublication"`,
  [StoredPageKind.UNIT]: Prisma.sql`SELECT id AS key FROM "Unit"`,
  [StoredPageKind.EVENT]: Prisma.sql`SELECT id AS key FROM "Event"`,
  [StoredPageKind.COMPETITION]: Prisma.sql`SELECT id AS key FROM "Competition"`,
  [StoredPageKind.PERSON]: Prisma.sql`SELECT id AS key FROM "Person"`,
};

@ArgsType()
class FailedPagesArgs {
  @Field(() => Int, { nullable: true, description: `At most this many (default and max ${MAX_FAILED_LISTED}).` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FAILED_LISTED)
  first?: number;
}

@ArgsType()
class RebuildStoredPagesArgs {
  @Field(() => StoredPageKind, { description: 'The kind of page to rebuild, every one of it.' })
  @IsEnum(StoredPageKind)
  kind: StoredPageKind;
}

/** The read model for operators: its progress, what fails, and a full rebuild (admins). */
@Roles('ADMIN')
@Resolver()
export class ReadModelResolver {
  constructor(
    private readonly prisma: PrismaService,
    private readonly pages: ReadDocumentsRepository,
  ) {}

  @Query(() => [StoredPageCount], {
    complexity: Object.keys(StoredPageKind).length * 3,
    description:
      'Stored pages by kind and state (admins). A rebuild is done when no page of the kind is STALE; STALE pages are served from the live path meanwhile.',
  })
  async storedPages(): Promise<StoredPageCount[]> {
    return (await this.pages.status()).map(({ kind, state, count, oldestSince }) => ({
      kind: storedPageKind(kind),
      state,
      count,
      oldestSince,
    }));
  }

  @Query(() => [FailedPage], {
    complexity: MAX_FAILED_LISTED,
    description: `Stored pages whose last builds failed, longest waiting first (admins, at most ${MAX_FAILED_LISTED}).`,
  })
  async failedPages(@Args() { first }: FailedPagesArgs): Promise<FailedPage[]> {
    const rows = await this.pages.failed(first ?? MAX_FAILED_LISTED);
    return rows.map(({ kind, key, failure, failures, staleSince }) => ({
      kind: storedPageKind(kind),
      entityId: toGlobalId(kind, key),
      failure,
      failures,
      staleSince,
    }));
  }

  @Mutation(() => Int, {
    description:
      'Rebuilds every page of a kind in the background (admins): all become STALE at once (readers get the live path, never a wrong page) and the rebuild job builds them, oldest first; `storedPages` shows the progress. Returns how many pages were queued.',
  })
  rebuildStoredPages(@Args() { kind }: RebuildStoredPagesArgs, @CurrentViewer() viewer: Viewer): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const queued = await this.pages.invalidateAll(tx, kind, ENTITIES[kind]);
      await recordAudit(tx, viewer, {
        action: 'readModel.rebuild',
        objectType: 'ReadModel',
        summary: { kind, queued },
        changesPublicData: false,
      });
      return queued;
    });
  }
}
