import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Prisma } from '../../../generated/prisma/client.js';
import type { RequestContext } from '../../../graphql/request-context.js';
import { uuidOfGlobalId } from '../../../graphql/relay/global-id.js';
import { STORY_LISTS_KEY, storiesAboutKey } from '../../../read-model/dependency-keys.js';
import { DocumentCatalog } from '../../../read-model/document-catalog.js';
import {
  connectionShape,
  dependsOnList,
  liveArguments,
  pageLinkField,
  pageLookupField,
  pageShape,
} from '../../../read-model/document-fields.js';
import { PageReader, PageUnavailable } from '../../../read-model/page-reader.js';
import { ArticleArgs } from '../dto/article.inputs.js';
import { ArticleRelation, ArticlesArgs, NESTED_ARTICLES_DEFAULT, PersonArticlesArgs } from '../dto/articles-filter.input.js';
import { ArticlesListLoaders } from './articles-list.loaders.js';
import { ArticlesListService } from './articles-list.service.js';

/**
 * How the document path finds published stories: `article(slug)` with its stored page in one
 * statement, `articles(filter)` as the live list's page with each story's stored page (one
 * statement for all), and a person's latest stories the same way; a results table leads to the
 * unit's or event's page.
 */
@Injectable()
export class StoryPages implements OnModuleInit {
  constructor(
    private readonly catalog: DocumentCatalog,
    private readonly reader: PageReader,
    private readonly list: ArticlesListService,
    private readonly lists: ArticlesListLoaders,
  ) {}

  onModuleInit(): void {
    this.catalog.registerField(
      pageLookupField({
        type: 'Query',
        field: 'article',
        kind: 'Article',
        args: ArticleArgs,
        reader: this.reader,
        lookup: ({ slug }) => Prisma.sql`SELECT "articleId" AS key FROM "ArticlePublication" WHERE slug = ${slug}`,
      }),
    );
    this.catalog.registerField({
      type: 'Query',
      field: 'articles',
      shape: connectionShape('ArticleConnection', 'ArticleEdge', pageShape('Article')),
      resolve: async (_source, raw, context: RequestContext) => {
        const connection = await this.list.page(await liveArguments(ArticlesArgs, raw));
        dependsOnList(context, STORY_LISTS_KEY);
        const pages = await this.storyPages(
          context,
          connection.edges.map((edge) => edge.node.id),
        );
        return { ...connection, edges: connection.edges.map((edge, i) => ({ cursor: edge.cursor, node: pages[i] })) };
      },
    });
    // A results table's rows, and a match's, come from its unit's (or event's) page, read with the story's.
    for (const [type, field, kind] of [
      ['ResultsTableBlock', 'unit', 'Unit'],
      ['ResultsTableBlock', 'event', 'Event'],
      ['MatchBlock', 'unit', 'Unit'],
    ] as const) {
      this.catalog.registerField(
        pageLinkField({
          type,
          field,
          kind,
          reader: this.reader,
          keyOf: (block) => uuidOfGlobalId((block[field] as { id?: unknown } | null)?.id, [kind]),
        }),
      );
    }
    this.catalog.registerField({
      type: 'Person',
      field: 'articles',
      shape: pageShape('Article'),
      resolve: async (source, raw, context: RequestContext) => {
        const person = uuidOfGlobalId((source as { id?: unknown }).id, ['Person']);
        if (!person) throw new PageUnavailable('Person.articles');
        const { relation, first } = await liveArguments(PersonArticlesArgs, raw);
        dependsOnList(context, storiesAboutKey('PERSON', person));
        const size = first ?? NESTED_ARTICLES_DEFAULT;
        if (size === 0) return [];
        const rows = await this.lists.byPerson(context.loaders, relation ?? ArticleRelation.ANY, size).load(person);
        return this.storyPages(
          context,
          rows.map((row) => row.id),
        );
      },
    });
  }

  private storyPages(context: RequestContext, ids: string[]) {
    return Promise.all(ids.map((id) => this.reader.byKey(context, 'Article', id)));
  }
}
