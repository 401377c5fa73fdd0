import { Module } from '@nestjs/common';
import { CompetitionsModule } from '../competitions/competitions.module.js';
import { NocsModule } from '../nocs/nocs.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ResultsModule } from '../results/results.module.js';
import { RecordsLoaders } from './records.loaders.js';
import { RecordsRepository } from './records.repository.js';
import { EventRecordsResolver, PersonRecordsResolver, RecordsResolver } from './records.resolver.js';

@Module({
  imports: [CompetitionsModule, NocsModule, PeopleModule, ResultsModule],
  providers: [RecordsRepository, RecordsLoaders, RecordsResolver, EventRecordsResolver, PersonRecordsResolver],
})
export class RecordsModule {}
