import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { DisciplinesLoaders } from '../disciplines/disciplines.loaders.js';
import { EventsLoaders } from '../events/events.loaders.js';
import { UnitsLoaders } from '../units/units.loaders.js';

/** The event and discipline a unit's results are read with; every lookup goes through a loader. */
@Injectable()
export class ResultContext {
  constructor(
    private readonly units: UnitsLoaders,
    private readonly events: EventsLoaders,
    private readonly disciplines: DisciplinesLoaders,
  ) {}

  async forUnit(loaders: LoaderRegistry, unitId: string) {
    const eventId = await this.units.eventIdOfUnit(loaders, unitId);
    const event = eventId ? await this.events.byId(loaders).load(eventId) : null;
    const discipline = event ? await this.disciplines.byCode(loaders).load(event.disciplineCode) : null;
    if (!event || !discipline) throw new Error(`Unit ${unitId} has no event or discipline`);
    return { event, discipline };
  }
}
