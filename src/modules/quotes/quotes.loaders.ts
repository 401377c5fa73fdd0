import { Injectable } from '@nestjs/common';
import { required } from '../../common/required.js';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { QuotesRepository } from './quotes.repository.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';

@Injectable()
export class QuotesLoaders {
  constructor(private readonly repository: QuotesRepository) {}

  @NodeLoader({ types: ['Quote'] })
  quoteById(loaders: LoaderRegistry) {
    return loaders.one(
      'quote.byId',
      (ids: readonly string[]) => this.repository.findQuotesByIds(ids),
      (quote) => quote.id,
    );
  }

  @NodeLoader({ types: ['SocialPost'] })
  socialPostById(loaders: LoaderRegistry) {
    return loaders.one(
      'socialPost.byId',
      (ids: readonly string[]) => this.repository.findSocialPostsByIds(ids),
      (post) => post.id,
    );
  }

  /** The newest `limit` quotes of each person; one loader (and one statement per batch) per limit asked for. */
  quotesBySpeakerPerson(loaders: LoaderRegistry, limit: number) {
    return loaders.many(
      `quote.bySpeakerPerson.${limit}`,
      (ids: readonly string[]) => this.repository.findBySpeakers(ids, limit),
      (q) => required(q.speakerPersonId, 'the speaker of a quote found by speaker'),
    );
  }

  /** The newest `limit` quotes said at each event. */
  quotesByEvent(loaders: LoaderRegistry, limit: number) {
    return loaders.many(
      `quote.byEvent.${limit}`,
      (ids: readonly string[]) => this.repository.findByEvents(ids, limit),
      (q) => required(q.eventId, 'the event of a quote found by event'),
    );
  }
}
