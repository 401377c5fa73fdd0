import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module.js';
import { IncidentsLoaders } from './incidents.loaders.js';
import { IncidentsRepository } from './incidents.repository.js';
import {
  CompetitionTopScorersResolver,
  IncidentResolver,
  IncidentsDeskResolver,
  PersonGoalsResolver,
  ScorerResolver,
  TopScorerResolver,
  UnitIncidentsResolver,
} from './incidents.resolver.js';
import { IncidentsService } from './incidents.service.js';

/**
 * A match's incidents (goals, cards, substitutions, shoot-out kicks) and what is derived from
 * them (scorers, a competition's top scorers). The results desk stores incidents with an
 * imported result through IncidentsService; Incident.competitor is resolved by the results module.
 */
@Module({
  imports: [PeopleModule],
  providers: [
    IncidentsRepository,
    IncidentsLoaders,
    IncidentsService,
    IncidentsDeskResolver,
    UnitIncidentsResolver,
    IncidentResolver,
    ScorerResolver,
    TopScorerResolver,
    CompetitionTopScorersResolver,
    PersonGoalsResolver,
  ],
  exports: [IncidentsService, IncidentsLoaders],
})
export class IncidentsModule {}
