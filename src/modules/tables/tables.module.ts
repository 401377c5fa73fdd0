import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module.js';
import { UnitsModule } from '../units/units.module.js';
import { ReadModelModule } from '../../read-model/read-model.module.js';
import { TableCache } from './table-cache.js';
import { DeductionsService } from './deductions.service.js';
import { TablesLoaders } from './tables.loaders.js';
import { TablesRepository } from './tables.repository.js';
import { LeagueTableRowResolver, PhaseTablesResolver, PointDeductionResolver, TieResolver, TieSideResolver } from './tables.resolver.js';

/** League tables, point deductions, stored standings and knockout ties of a phase. */
@Module({
  imports: [ReadModelModule, ResultsModule, UnitsModule],
  providers: [
    TablesRepository,
    TablesLoaders,
    TableCache,
    DeductionsService,
    PhaseTablesResolver,
    LeagueTableRowResolver,
    PointDeductionResolver,
    TieSideResolver,
    TieResolver,
  ],
  exports: [TablesLoaders],
})
export class TablesModule {}
