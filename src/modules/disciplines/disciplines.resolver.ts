import { Query, Resolver } from '@nestjs/graphql';
import { PrismaService } from '../../database/prisma.service.js';
import { Discipline } from './models/discipline.model.js';

@Resolver(() => Discipline)
export class DisciplinesResolver {
  constructor(private readonly prisma: PrismaService) {}

  @Query(() => [Discipline], { description: 'Every discipline, by code (a short reference list).' })
  disciplines() {
    return this.prisma.discipline.findMany({ orderBy: { code: 'asc' }, take: 500 });
  }
}
