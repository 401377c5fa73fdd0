import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';

@Injectable()
export class VenuesLoaders {
  constructor(private readonly prisma: PrismaService) {}

  @NodeLoader({ types: ['Venue'] })
  byId(loaders: LoaderRegistry) {
    return loaders.one(
      'venue.byId',
      (ids: readonly string[]) => this.prisma.venue.findMany({ where: { id: { in: [...ids] } } }),
      (venue) => venue.id,
    );
  }
}
