import { entityKey, MAX_KEYS_PER_CHANGE } from '../../../read-model/dependency-keys.js';

/** Room left in one public change for the keys a write adds beside the assets. */
const OTHER_KEYS = 10;

/**
 * What a bulk change of assets tells the read model: each asset, so exactly the pages
 * showing one become stale, as an update of one asset does. Past the bound of keys per
 * change, `fallback` instead: a registry record every page showing one of the assets
 * embeds (their supplier, their photographer), so none is missed, though pages of its
 * untouched photos are rebuilt too.
 */
export function assetKeysOrFallback(assetIds: readonly string[], fallback: { type: 'Agency' | 'Photographer'; id: string }): string[] {
  if (assetIds.length <= MAX_KEYS_PER_CHANGE - OTHER_KEYS) return assetIds.map((id) => entityKey('MediaAsset', id));
  return [entityKey(fallback.type, fallback.id)];
}
