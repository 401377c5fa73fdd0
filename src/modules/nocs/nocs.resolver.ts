import { Args, Query, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../../config/app-config.js';
import { ConnectionType, PageArgs } from '../../graphql/pagination/connection.js';
import { pageRequest } from '../../graphql/pagination/page.js';
import { Noc } from './models/noc.model.js';
import { NOCS_BY_CODE, NocsRepository } from './nocs.repository.js';

const NocConnection = ConnectionType(Noc, 'Noc');

@Resolver(() => Noc)
export class NocsResolver {
  constructor(
    private readonly repository: NocsRepository,
    private readonly config: AppConfig,
  ) {}

  @Query(() => NocConnection, { description: 'National Olympic Committees, by code.' })
  async nocs(@Args() args: PageArgs) {
    const page = NOCS_BY_CODE.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return page.connection(await this.repository.findPage(page));
  }
}
