import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { EventsRepository } from './events.repository.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';

const keyOf = (competitionId: string, recurringKey: string) => `${competitionId}|${recurringKey}`;

@Injectable()
export class EventsLoaders {
  constructor(private readonly repository: EventsRepository) {}

  @NodeLoader({ types: ['Event'] })
  byId(loaders: LoaderRegistry) {
    return loaders.one(
      'event.byId',
      (ids: readonly string[]) => this.repository.findByIds(ids),
      (event) => event.id,
    );
  }

  byCompetition(loaders: LoaderRegistry) {
    return loaders.many(
      'event.byCompetition',
      (ids: readonly string[]) => this.repository.findByCompetitions(ids),
      (event) => event.competitionId,
    );
  }

  byCompetitionKey(loaders: LoaderRegistry) {
    return loaders.one(
      'event.byCompetitionKey',
      (keys: readonly string[]) =>
        this.repository.findByCompetitionKeys(keys.map((k) => ({ competitionId: k.split('|')[0], recurringKey: k.split('|')[1] }))),
      (event) => keyOf(event.competitionId, event.recurringKey),
    );
  }

  previousEdition(loaders: LoaderRegistry) {
    return loaders.one(
      'event.previousEdition',
      (ids: readonly string[]) => this.repository.findPreviousEditions(ids),
      (event) => event.forEventId,
    );
  }

  static competitionKey = keyOf;
}
