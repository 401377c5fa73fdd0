import { Injectable } from '@nestjs/common';
import { Prisma } from '../../../generated/prisma/client.js';
import { PUBLIC_STORIES, PUBLIC_STORY_REFERENCES } from '../../../auth/story-visibility.js';
import { PrismaService } from '../../../database/prisma.service.js';
import { KeysetOrder, type KeysetPage } from '../../../graphql/pagination/keyset.js';
import {
  ARTICLE_COLUMNS,
  type ArticleRow,
  competitionReferences,
  eventReferences,
  personReferences,
  uuidList,
} from './articles-list.sql.js';
import { ArticleRelation, type ArticlesFilter } from '../dto/articles-filter.input.js';
import { PLACEMENTS, type PlacedType } from '../../references/placements.js';

/** Published stories, newest first: the order of the publication index on (publishedAt DESC, articleId). */
export const NEWEST_ARTICLES = new KeysetOrder<ArticleRow>([
  { field: 'publishedAt', column: 'a."publishedAt"', type: 'timestamp', direction: 'desc' },
  { field: 'id', column: 'a."articleId"', type: 'uuid', direction: 'asc' },
]);

export interface ArticlesPageQuery {
  filter: ArticlesFilter;
  page: KeysetPage<ArticleRow>;
}

/** A story in a per-parent list, with the parent it was fetched for. */
export type OwnedArticleRow = ArticleRow & { ownerId: string };

@Injectable()
export class ArticlesListRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * One page of published stories, newest first (or, paging backwards, oldest first from the
   * cursor), in one statement.
   */
  findPage({ filter, page }: ArticlesPageQuery): Promise<ArticleRow[]> {
    const conditions: Prisma.Sql[] = [];
    if (filter.sport) conditions.push(Prisma.sql`a.section = ${filter.sport}`);
    if (filter.tag) conditions.push(Prisma.sql`a.tags @> ARRAY[${filter.tag}]::text[]`);
    if (filter.competition) {
      const competition = Prisma.sql`SELECT c.id FROM "Competition" c WHERE c.slug = ${filter.competition}`;
      conditions.push(Prisma.sql`a."articleId" IN (SELECT m."articleId" FROM (${competitionReferences(competition)}) m)`);
    }
    if (filter.event)
      conditions.push(Prisma.sql`a."articleId" IN (SELECT m."articleId" FROM (${eventReferences(uuidList([filter.event]))}) m)`);
    if (filter.person) {
      const person = Prisma.sql`SELECT p.id FROM "Person" p WHERE p.slug = ${filter.person}`;
      conditions.push(
        Prisma.sql`a."articleId" IN (SELECT m."articleId" FROM (${personReferences(person, filter.relation ?? ArticleRelation.ANY)}) m)`,
      );
    }
    conditions.push(page.sqlWhere());
    return this.prisma.queryPrepared<ArticleRow>(Prisma.sql`
      SELECT ${ARTICLE_COLUMNS} FROM ${PUBLIC_STORIES} a
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY ${page.sqlOrderBy()}
      LIMIT ${page.take}`);
  }

  /** For each person, their newest `first` published stories of this relation: one statement for the batch. */
  findForPeople(personIds: readonly string[], relation: ArticleRelation, first: number): Promise<OwnedArticleRow[]> {
    return this.firstPerOwner(personReferences(uuidList(personIds), relation), Prisma.sql`a."publishedAt" DESC, a."articleId"`, first);
  }

  /** For each event, its newest `first` published stories (the event or one of its units referenced). */
  findForEvents(eventIds: readonly string[], first: number): Promise<OwnedArticleRow[]> {
    return this.firstPerOwner(eventReferences(uuidList(eventIds)), Prisma.sql`a."publishedAt" DESC, a."articleId"`, first);
  }

  /** For each placed entity, the published stories placing it (as published), last published first. */
  findUsages(type: PlacedType, targetIds: readonly string[], first: number): Promise<OwnedArticleRow[]> {
    const pairs = Prisma.sql`SELECT r."targetId" AS "ownerId", r."articleId" FROM ${PUBLIC_STORY_REFERENCES} r
      WHERE ${PLACEMENTS[type]} AND r."targetId" IN (${uuidList(targetIds)})`;
    return this.firstPerOwner(pairs, Prisma.sql`a."revisedAt" DESC, a."articleId"`, first);
  }

  /** The first rows per owner, trimmed in SQL so a much-used person or photo does not load every story. */
  private firstPerOwner(pairs: Prisma.Sql, order: Prisma.Sql, first: number): Promise<OwnedArticleRow[]> {
    return this.prisma.$queryRaw<OwnedArticleRow[]>`
      SELECT t.* FROM (
        SELECT m."ownerId", ${ARTICLE_COLUMNS}, row_number() OVER (PARTITION BY m."ownerId" ORDER BY ${order})::int AS "rowNumber"
        FROM (SELECT DISTINCT "ownerId", "articleId" FROM (${pairs}) x) m
        JOIN ${PUBLIC_STORIES} a ON a."articleId" = m."articleId"
      ) t
      WHERE t."rowNumber" <= ${first}
      ORDER BY t."ownerId", t."rowNumber"`;
  }
}
