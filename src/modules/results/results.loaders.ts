import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { ResultsRepository } from './results.repository.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';

@Injectable()
export class ResultsLoaders {
  constructor(private readonly repository: ResultsRepository) {}

  resultsByUnit(loaders: LoaderRegistry) {
    return loaders.many(
      'result.byUnit',
      (ids: readonly string[]) => this.repository.findResultsByUnits(ids),
      (result) => result.unitId,
    );
  }

  @NodeLoader({ types: ['Result'] })
  resultById(loaders: LoaderRegistry) {
    return loaders.one(
      'result.byId',
      (ids: readonly string[]) => this.repository.findResultsByIds(ids),
      (result) => result.id,
    );
  }

  @NodeLoader({ types: ['Competitor'] })
  competitorById(loaders: LoaderRegistry) {
    return loaders.one(
      'competitor.byId',
      (ids: readonly string[]) => this.repository.findCompetitorsByIds(ids),
      (competitor) => competitor.id,
    );
  }

  competitorsByEvent(loaders: LoaderRegistry) {
    return loaders.many(
      'competitor.byEvent',
      (ids: readonly string[]) => this.repository.findCompetitorsByEvents(ids),
      (c) => c.eventId,
    );
  }

  recordMarksByResult(loaders: LoaderRegistry) {
    return loaders.many(
      'result.recordMarks',
      (ids: readonly string[]) => this.repository.findRecordMarks(ids),
      (mark) => mark.resultId,
    );
  }

  recordTypeByCode(loaders: LoaderRegistry) {
    return loaders.one(
      'recordType.byCode',
      (codes: readonly string[]) => this.repository.findRecordTypes(codes),
      (type) => type.code,
    );
  }

  detailsByResult(loaders: LoaderRegistry) {
    return loaders.many(
      'result.details',
      (ids: readonly string[]) => this.repository.findDetails(ids),
      (detail) => detail.resultId,
    );
  }

  periodsByResult(loaders: LoaderRegistry) {
    return loaders.many(
      'result.periods',
      (ids: readonly string[]) => this.repository.findPeriods(ids),
      (period) => period.resultId,
    );
  }

  @NodeLoader({ types: ['EventStanding'] })
  standingById(loaders: LoaderRegistry) {
    return loaders.one(
      'standing.byId',
      (ids: readonly string[]) => this.repository.findStandingsByIds(ids),
      (s) => s.id,
    );
  }

  standingsByEvent(loaders: LoaderRegistry) {
    return loaders.many(
      'standing.byEvent',
      (ids: readonly string[]) => this.repository.findStandingsByEvents(ids),
      (s) => s.eventId,
    );
  }

  medalCountsByCompetition(loaders: LoaderRegistry) {
    return loaders.many(
      'medal.byCompetition',
      (ids: readonly string[]) => this.repository.medalCounts(ids),
      (row) => row.competitionId,
    );
  }
}
