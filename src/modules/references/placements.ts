import { Prisma } from '../../generated/prisma/client.js';

/**
 * What can be placed in a story and asked for its usages, and the block kind that places it:
 * conditions on a reference-index row aliased `r` (ArticleReference or its public copy).
 */
export const PLACEMENTS = {
  MEDIA_ASSET: Prisma.sql`r."targetType" = 'MEDIA_ASSET' AND r.kind = 'IMAGE_BLOCK'`,
  QUOTE: Prisma.sql`r."targetType" = 'QUOTE' AND r.kind = 'QUOTE_BLOCK'`,
  SOCIAL_POST: Prisma.sql`r."targetType" = 'SOCIAL_POST' AND r.kind = 'SOCIAL_POST_BLOCK'`,
} as const;
export type PlacedType = keyof typeof PLACEMENTS;
