// Names from a file matched to registry rows, case- and accent-insensitively, the way the
// database folds names for search (podium_unaccent(lower(...)), which maps ø to o).
import type { Prisma } from '../../../generated/prisma/client.js';

type Tx = Prisma.TransactionClient;

/** Spaces collapsed, as files often carry doubled or trailing ones. */
export const tidyName = (name: string) => name.replace(/\s+/g, ' ').trim();

export interface PhotographerMatch {
  /** The name as asked for. */
  name: string;
  id: string;
  agencyId: string | null;
}

/** Every photographer whose name or one of whose aliases is one of `names`. */
export async function photographersNamed(tx: Tx, names: string[]): Promise<PhotographerMatch[]> {
  if (!names.length) return [];
  return tx.$queryRaw<PhotographerMatch[]>`
    SELECT n.name, p.id, p."agencyId"
    FROM unnest(${names}::text[]) AS n(name)
    JOIN "Photographer" p
      ON podium_unaccent(lower(p.name)) = podium_unaccent(lower(n.name))
      OR podium_unaccent(lower(n.name)) IN (SELECT podium_unaccent(lower(a)) FROM unnest(p.aliases) AS a)`;
}

export interface PersonMatch {
  name: string;
  id: string;
}

/** Every person whose display name is one of `names` (the folded expression the name index holds). */
export async function peopleNamed(tx: Tx, names: string[]): Promise<PersonMatch[]> {
  if (!names.length) return [];
  return tx.$queryRaw<PersonMatch[]>`
    SELECT n.name, p.id
    FROM unnest(${names}::text[]) AS n(name)
    JOIN "Person" p ON podium_unaccent(lower(p."displayName")) = podium_unaccent(lower(n.name))`;
}

/**
 * "Takagi Miho" for "Miho Takagi": files write some names family name first. Only two-word
 * names are turned; for longer ones where the family name starts is anyone's guess.
 */
export function turnedName(name: string): string | null {
  const words = name.split(' ');
  return words.length === 2 ? `${words[1]} ${words[0]}` : null;
}
