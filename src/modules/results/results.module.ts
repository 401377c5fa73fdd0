import { Module } from '@nestjs/common';
import { DisciplinesModule } from '../disciplines/disciplines.module.js';
import { EventsModule } from '../events/events.module.js';
import { IncidentsModule } from '../incidents/incidents.module.js';
import { NocsModule } from '../nocs/nocs.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ReferencesModule } from '../references/references.module.js';
import { UnitsModule } from '../units/units.module.js';
import { CompetitorsResolver, EventCompetitorsResolver } from './competitors.resolver.js';
import { CompetitorsService } from './competitors.service.js';
import { ResultContext } from './result-context.js';
import { ResultsDeskRepository } from './results-desk.repository.js';
import { ResultsDeskResolver } from './results-desk.resolver.js';
import { ResultsDeskService } from './results-desk.service.js';
import { ResultsLoaders } from './results.loaders.js';
import { ResultsRepository } from './results.repository.js';
import { IncidentCompetitorResolver, ResultsResolver, UnitResultsResolver } from './results.resolver.js';
import { StandingsDeskService } from './standings-desk.service.js';
import { ResultHistory } from './history/result-history.js';
import { ResultHistoryRepository } from './history/result-history.repository.js';
import { EventStandingChangesResolver, ResultChangeResolver, UnitResultChangesResolver } from './history/result-history.resolver.js';
import { CompetitionMedalsResolver, EventStandingsResolver, StandingsResolver } from './standings.resolver.js';

@Module({
  imports: [DisciplinesModule, EventsModule, IncidentsModule, NocsModule, OrganisationsModule, PeopleModule, ReferencesModule, UnitsModule],
  providers: [
    ResultsRepository,
    ResultsLoaders,
    ResultContext,
    CompetitorsService,
    ResultsDeskRepository,
    ResultsDeskService,
    StandingsDeskService,
    ResultsDeskResolver,
    ResultsResolver,
    UnitResultsResolver,
    IncidentCompetitorResolver,
    CompetitorsResolver,
    EventCompetitorsResolver,
    StandingsResolver,
    EventStandingsResolver,
    CompetitionMedalsResolver,
    ResultHistoryRepository,
    ResultHistory,
    UnitResultChangesResolver,
    EventStandingChangesResolver,
    ResultChangeResolver,
  ],
  exports: [ResultsLoaders],
})
export class ResultsModule {}
