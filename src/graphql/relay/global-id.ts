/**
 * Global object ids (Relay's Global Object Identification): base64url of "Type:key", where
 * Type is the GraphQL type name and key the row's own key. Opaque to clients, unique across
 * types, and the only form of an id the API gives out or takes.
 */
export interface DecodedGlobalId {
  type: string;
  key: string;
}

const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
export const UUID_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Longer strings are never ids this API issued; refusing them early bounds the decoding work. */
const MAX_GLOBAL_ID_LENGTH = 256;

export function toGlobalId(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/** The type and key of a global id, or null when the text is not one (not base64url of "Type:key"). */
export function fromGlobalId(id: unknown): DecodedGlobalId | null {
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_GLOBAL_ID_LENGTH || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  // Canonical form only: one id per object, so caches keyed by id never hold two copies.
  if (toGlobalId(...split(text)) !== id) return null;
  const [type, key] = split(text);
  return TYPE_NAME.test(type) && key.length > 0 ? { type, key } : null;
}

/** The key of a global id of one of `types` whose key is a UUID (every stored row's id), else null. */
export function uuidOfGlobalId(id: unknown, types: readonly string[]): string | null {
  const decoded = fromGlobalId(id);
  return decoded && types.includes(decoded.type) && UUID_KEY.test(decoded.key) ? decoded.key.toLowerCase() : null;
}

function split(text: string): [string, string] {
  const colon = text.indexOf(':');
  return colon < 0 ? [text, ''] : [text.slice(0, colon), text.slice(colon + 1)];
}
