import { Query, Resolver } from '@nestjs/graphql';
import { DisciplinesRepository } from './disciplines.repository.js';
import { Discipline } from './models/discipline.model.js';

@Resolver(() => Discipline)
export class DisciplinesResolver {
  constructor(private readonly repository: DisciplinesRepository) {}

  @Query(() => [Discipline], { description: 'Every discipline, by code (a short reference list).' })
  disciplines() {
    return this.repository.findAll();
  }
}
