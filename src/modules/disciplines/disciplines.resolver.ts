import { Query, Resolver } from '@nestjs/graphql';
import { DisciplinesRepository, MAX_DISCIPLINES } from './disciplines.repository.js';
import { Discipline } from './models/discipline.model.js';

@Resolver(() => Discipline)
export class DisciplinesResolver {
  constructor(private readonly repository: DisciplinesRepository) {}

  @Query(() => [Discipline], {
    complexity: MAX_DISCIPLINES,
    description: `Every discipline, by code (a short reference list, at most ${MAX_DISCIPLINES}).`,
  })
  disciplines() {
    return this.repository.findAll();
  }
}
