import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Event } from '../events/models/event.model.js';
import { Unit } from '../units/models/unit.model.js';
import { ImportUnitResultsInput } from './dto/import-unit-results.input.js';
import { SetEventStandingsInput } from './dto/set-event-standings.input.js';
import { SetUnitResultsInput } from './dto/set-unit-results.input.js';
import { ResultsDeskService } from './results-desk.service.js';
import { StandingsDeskService } from './standings-desk.service.js';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';

@Resolver()
export class ResultsDeskResolver {
  constructor(
    private readonly results: ResultsDeskService,
    private readonly standings: StandingsDeskService,
  ) {}

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Unit, {
    description:
      "Replaces a unit's whole result set in one transaction. Fails with VERSION_CONFLICT if someone saved first, and with " +
      'RESULTS_INVALID listing every issue (row, field, path, code) when the rows break a rule; then nothing is stored.',
  })
  setUnitResults(
    @Args('input', { description: 'The unit, the version edited and every row.' }) input: SetUnitResultsInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.results.setUnitResults(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Unit, {
    description:
      "Replaces a unit's whole result set from a CSV or JSON document; competitors are found by id or by person or team slug. " +
      'Issues name the CSV line or JSON index as their row.',
  })
  importUnitResults(
    @Args('input', { description: 'The unit, the version edited and the document.' }) input: ImportUnitResultsInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.results.importUnitResults(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Event, {
    description: "Replaces an event's final standings (medals live here). Fails with VERSION_CONFLICT or RESULTS_INVALID.",
  })
  setEventStandings(
    @Args('input', { description: 'The event, the version edited and every standing.' }) input: SetEventStandingsInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.standings.setEventStandings(input, viewer);
  }
}
