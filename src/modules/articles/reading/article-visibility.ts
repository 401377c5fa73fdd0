import type { Prisma } from '../../../generated/prisma/client.js';

/** What a reader without a role may see of the stories: published ones only. Every public read of a story goes through this. */
export const PUBLIC_ARTICLE = { status: 'PUBLISHED' } as const satisfies Prisma.ArticleWhereInput;
