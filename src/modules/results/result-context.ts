import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { ResultsRepository } from './results.repository.js';

/**
 * How a unit's values are printed: its event's result type and its discipline's time
 * rule, read in one joined statement per batch of units rather than unit → phase →
 * event → discipline.
 */
@Injectable()
export class ResultContext {
  constructor(private readonly repository: ResultsRepository) {}

  async forUnit(loaders: LoaderRegistry, unitId: string) {
    const rule = await loaders
      .one(
        'unit.displayRule',
        (ids: readonly string[]) => this.repository.findDisplayRules(ids),
        (r) => r.unitId,
      )
      .load(unitId);
    if (!rule) throw new Error(`Unit ${unitId} has no event or discipline`);
    return {
      event: { resultType: rule.resultType },
      discipline: { code: rule.disciplineCode, timeDecimals: rule.timeDecimals, timeRounding: rule.timeRounding },
    };
  }
}
