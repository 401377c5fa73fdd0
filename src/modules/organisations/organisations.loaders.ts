import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';

@Injectable()
export class OrganisationsLoaders {
  constructor(private readonly prisma: PrismaService) {}

  @NodeLoader({ types: ['Organisation'] })
  byId(loaders: LoaderRegistry) {
    return loaders.one(
      'organisation.byId',
      (ids: readonly string[]) => this.prisma.organisation.findMany({ where: { id: { in: [...ids] } } }),
      (organisation) => organisation.id,
    );
  }
}
