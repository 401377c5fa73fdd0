import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../../../config/app-config.js';
import type { RequestContext } from '../../../graphql/request-context.js';
import { NocsLoaders } from '../../nocs/nocs.loaders.js';
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
    private readonly nocs: NocsLoaders,
  ) {}

  @Query(() => SearchResultConnection, {
    description: 'Full-text search over published stories and name search over people, merged by score.',
  })
  async search(@Args() args: SearchArgs, @Context() ctx: RequestContext) {
    const query = parseSearchQuery(args.query);
    const page = BEST_HITS.page(pageRequest(args, this.config.graphql.pageSizeMax));
    const hits = await this.repository.findPage({ query, config: searchConfigFor(args.language ?? 'en'), page });
    // The people's NOCs came with them: `noc` on a hit costs no statement of its own.
    const nocByCode = this.nocs.byCode(ctx.loaders);
    for (const hit of hits) if (hit.kind === 'Person' && hit.noc) nocByCode.prime(hit.noc.code, hit.noc);
    const { edges, pageInfo } = page.connection(hits);
    return {
      edges: edges.map(({ cursor, node: hit }) => ({ cursor, node: hit.node, score: hit.score, highlight: hit.highlight })),
      pageInfo,
    };
  }
}
