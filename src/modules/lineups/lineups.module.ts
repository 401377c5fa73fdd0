import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module.js';
import { ResultsModule } from '../results/results.module.js';
import { LineupsLoaders } from './lineups.loaders.js';
import { LineupsRepository } from './lineups.repository.js';
import {
  LineupEntryResolver,
  PersonResultsResolver,
  ResultLineupResolver,
  TeamLineupResolver,
  UnitLineupsResolver,
  UnitOfficialResolver,
} from './lineups.resolver.js';
import { LineupsService } from './lineups.service.js';

/** Line-ups and officials of a unit, and a person's results including their line-up appearances. */
@Module({
  imports: [PeopleModule, ResultsModule],
  providers: [
    LineupsRepository,
    LineupsLoaders,
    LineupsService,
    UnitLineupsResolver,
    TeamLineupResolver,
    LineupEntryResolver,
    UnitOfficialResolver,
    ResultLineupResolver,
    PersonResultsResolver,
  ],
})
export class LineupsModule {}
