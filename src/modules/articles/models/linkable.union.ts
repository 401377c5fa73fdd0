import { createUnionType } from '@nestjs/graphql';
import { Competition } from '../../competitions/models/competition.model.js';
import { Event } from '../../events/models/event.model.js';
import { Organisation } from '../../organisations/models/organisation.model.js';
import { Person } from '../../people/models/person.model.js';
import { Unit } from '../../units/models/unit.model.js';
import { Venue } from '../../venues/models/venue.model.js';

/**
 * Anything a mention or a story link can point at. Loaded rows carry `__typename`
 * (set by the loader that fetched them), which graphql-js uses to pick the member.
 */
export const Linkable = createUnionType({
  name: 'Linkable',
  description: 'An entity of the sports graph a story can link or mention.',
  types: () => [Person, Organisation, Competition, Event, Unit, Venue] as const,
});
