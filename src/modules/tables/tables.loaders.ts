import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';
import { computeTies } from './domain/knockout-ties.js';
import { isPlayed } from './domain/played.js';
import { buildLeagueTable } from './league-table.builder.js';
import { TableCache } from './table-cache.js';
import type { LeagueTable } from './models/league-table.model.js';
import { MAX_TIES_PER_PHASE, type Tie, TieDecision } from './models/tie.model.js';
import { TablesRepository, type TableFilter, type TieUnitRow } from './tables.repository.js';

export interface TableKey extends TableFilter {
  phaseId: string;
}

const filterKey = (f: TableFilter) => `${f.asOf?.toISOString() ?? ''}|${f.matchday ?? ''}`;
/** "phase|asOf|matchday": the phase first, as TableCache drops a phase's tables by it. */
const tableKey = (key: TableKey) => `${key.phaseId}|${filterKey(key)}`;

@Injectable()
export class TablesLoaders {
  constructor(
    private readonly repository: TablesRepository,
    private readonly cache: TableCache,
  ) {}

  /**
   * Tables of phases: from the table cache, else one statement per distinct (asOf, matchday)
   * asked for in the request, whatever the number of phases.
   */
  tableByPhase(loaders: LoaderRegistry) {
    return loaders.get(
      'table.byPhase',
      () =>
        new DataLoader<TableKey, LeagueTable | null, string>(
          async (keys) => {
            const tables = new Map<string, LeagueTable>();
            const byFilter = new Map<string, TableKey[]>();
            for (const key of keys) {
              const cached = this.cache.get(tableKey(key));
              if (cached) tables.set(tableKey(key), cached);
              else byFilter.set(filterKey(key), [...(byFilter.get(filterKey(key)) ?? []), key]);
            }
            for (const group of byFilter.values()) {
              const filter = { asOf: group[0].asOf, matchday: group[0].matchday };
              const mark = this.cache.mark();
              for (const data of await this.repository.tableData(
                group.map((k) => k.phaseId),
                filter,
              )) {
                const key = tableKey({ phaseId: data.phaseId, ...filter });
                const table = buildLeagueTable(data, filter);
                tables.set(key, table);
                this.cache.put(key, table, mark);
              }
            }
            return keys.map((key) => tables.get(tableKey(key)) ?? null);
          },
          { cacheKeyFn: tableKey },
        ),
    );
  }

  /** The knockout ties of phases, with their legs primed into the unit loader's cache by the caller. */
  tiesByPhase(loaders: LoaderRegistry) {
    return loaders.get(
      'ties.byPhase',
      () =>
        new DataLoader<string, { ties: Tie[]; units: TieUnitRow[] }>(async (phaseIds) => {
          const rows = await this.repository.tieUnits(phaseIds);
          return phaseIds.map((phaseId) => {
            const units = rows.filter((row) => row.phaseId === phaseId);
            const ties = computeTies(
              units.map((u) => ({
                unitId: u.id,
                leg: u.leg,
                order: u.order,
                scheduledAt: u.scheduledAt,
                finished: isPlayed(u.status, u.resultStatus),
                decision: u.decision,
                feedsUnitId: u.feedsUnitId,
                sides: (u.sides ?? []).map((s) => ({ competitorId: s.c, score: s.s, wlt: s.w })),
              })),
            )
              .slice(0, MAX_TIES_PER_PHASE)
              .map((t) => ({
                sides: t.competitorIds.map((competitorId, i) => ({ competitorId, aggregate: t.aggregate[i] })),
                decidedBy: TieDecision[t.decidedBy],
                legIds: t.legIds,
                winnerId: t.winnerId,
                nextUnitId: t.nextUnitId,
              }));
            return { ties, units };
          });
        }),
    );
  }

  deductionsByPhase(loaders: LoaderRegistry) {
    return loaders.many(
      'deduction.byPhase',
      (ids: readonly string[]) => this.repository.deductionsByPhases(ids),
      (d) => d.phaseId,
    );
  }

  @NodeLoader({ types: ['PointDeduction'] })
  deductionById(loaders: LoaderRegistry) {
    return loaders.one(
      'deduction.byId',
      (ids: readonly string[]) => this.repository.deductionsByIds(ids),
      (d) => d.id,
    );
  }
}
