import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';

@Injectable()
export class DisciplinesLoaders {
  constructor(private readonly prisma: PrismaService) {}

  byCode(loaders: LoaderRegistry) {
    return loaders.one(
      'discipline.byCode',
      (codes: readonly string[]) => this.prisma.discipline.findMany({ where: { code: { in: [...codes] } } }),
      (discipline) => discipline.code,
    );
  }
}
