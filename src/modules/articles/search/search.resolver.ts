import { Args, Query, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../../../config/app-config.js';
import { pageRequest } from '../../../graphql/pagination/page.js';
import { searchConfigFor } from '../blocks/body-text.js';
import { parseSearchQuery } from './search-query.js';
import { SearchArgs, SearchResultConnection } from './search.model.js';
import { BEST_HITS, SearchRepository } from './search.repository.js';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly repository: SearchRepository,
    private readonly config: AppConfig,
  ) {}

  @Query(() => SearchResultConnection, {
    description: 'Full-text search over published stories and name search over people, merged by score.',
  })
  async search(@Args() args: SearchArgs) {
    const query = parseSearchQuery(args.query);
    const page = BEST_HITS.page(pageRequest(args, this.config.graphql.pageSizeMax));
    const hits = await this.repository.findPage({ query, config: searchConfigFor(args.language ?? 'en'), page });
    const { edges, pageInfo } = page.connection(hits);
    return {
      edges: edges.map(({ cursor, node: hit }) => ({ cursor, node: hit.node, score: hit.score, highlight: hit.highlight })),
      pageInfo,
    };
  }
}
