import { InMemoryCache, type PossibleTypesMap } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The arguments that pick which list a connection is (all but first/after/last/before):
 * pages of one list are merged, different lists are kept apart.
 */
export const CONNECTION_KEY_ARGS = {
  agencies: [],
  apiKeys: [],
  articles: ['filter'],
  articlesNeedingReview: [],
  auditLog: ['filter'],
  competitions: ['kind'],
  deskArticles: ['filter'],
  expiringMediaUses: ['withinDays'],
  mediaAssetUsages: ['agencyId', 'photographerId'],
  mediaAssets: ['filter'],
  mediaCaptionWarnings: [],
  mediaCreditsToReview: [],
  mediaUsageReport: ['groupBy'],
  nocs: [],
  people: ['noc', 'search'],
  photographers: ['agency'],
  quotes: ['filter'],
  search: ['language', 'query'],
  users: [],
  venues: ['country', 'search'],
  webhooks: [],
} as const;

/** Apollo Client's cache for Podium's API. `possibleTypes` is the repository's possibleTypes.json. */
export function createPodiumCache(possibleTypes: PossibleTypesMap): InMemoryCache {
  return new InMemoryCache({
    possibleTypes,
    typePolicies: {
      // Every entity has a global `id` (the default key). Reference data is keyed by its code.
      Noc: { keyFields: ['code'] },
      Discipline: { keyFields: ['code'] },
      RecordType: { keyFields: ['code'] },
      // Owned by one entity, never shared: merged into their owner's copy.
      AthleteProfile: { merge: true },
      Dateline: { merge: true },
      Query: {
        fields: Object.fromEntries(
          Object.entries(CONNECTION_KEY_ARGS).map(([field, keyArgs]) => [
            field,
            relayStylePagination(keyArgs.length ? [...keyArgs] : false),
          ]),
        ),
      },
    },
  });
}
