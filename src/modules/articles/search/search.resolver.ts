import { Args, Query, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../../../config/app-config.js';
import { pageSize } from '../../../graphql/pagination/page.js';
import { searchConfigFor } from '../blocks/body-text.js';
import { decodeSearchCursor, encodeSearchCursor, parseSearchQuery, SEARCH_MAX_OFFSET } from './search-query.js';
import { SearchArgs, SearchResultConnection } from './search.model.js';
import { SearchRepository } from './search.repository.js';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly repository: SearchRepository,
    private readonly config: AppConfig,
  ) {}

  @Query(() => SearchResultConnection, {
    description: 'Full-text search over published stories and name search over people, merged by score.',
  })
  async search(@Args() args: SearchArgs): Promise<SearchResultConnection> {
    const query = parseSearchQuery(args.query);
    const size = pageSize(args, this.config.graphql.pageSizeMax);
    const offset = args.after ? decodeSearchCursor(args.after) : 0;
    const take = Math.min(size, SEARCH_MAX_OFFSET - offset);
    if (take === 0) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const hits = await this.repository.findPage({ query, config: searchConfigFor(args.language ?? 'en'), offset, take: take + 1 });
    const edges = hits
      .slice(0, take)
      .map((hit, i) => ({ cursor: encodeSearchCursor(offset + i + 1), node: hit.node, score: hit.score, highlight: hit.highlight }));
    const hasNextPage = hits.length > take && offset + take < SEARCH_MAX_OFFSET;
    return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
