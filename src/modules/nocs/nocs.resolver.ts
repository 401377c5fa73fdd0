import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../../config/app-config.js';
import { ConnectionType, PageArgs } from '../../graphql/pagination/connection.js';
import { pageRequest } from '../../graphql/pagination/page.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { NocArgs } from './dto/noc.args.js';
import { Noc } from './models/noc.model.js';
import { NocsLoaders } from './nocs.loaders.js';
import { NOCS_BY_CODE, NocsRepository } from './nocs.repository.js';

const NocConnection = ConnectionType(Noc, 'Noc');

@Resolver(() => Noc)
export class NocsResolver {
  constructor(
    private readonly repository: NocsRepository,
    private readonly loaders: NocsLoaders,
    private readonly config: AppConfig,
  ) {}

  @Query(() => Noc, { nullable: true, description: 'One National Olympic Committee by its IOC code; null when no NOC has the code.' })
  noc(@Args() { code }: NocArgs, @Context() ctx: RequestContext) {
    return this.loaders.byCode(ctx.loaders).load(code);
  }

  @Query(() => NocConnection, { description: 'National Olympic Committees, by code.' })
  async nocs(@Args() args: PageArgs) {
    const page = NOCS_BY_CODE.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return page.connection(await this.repository.findPage(page));
  }
}
