import { toGlobalId } from '../../../graphql/relay/global-id.js';
import { LINKABLE_TYPENAMES } from '../../references/linkables/linkable-kinds.js';

/** The ids inside a stored block are row keys; the API gives out global ids. Non-strings pass through. */
export const gid = (type: string) => (id: unknown) => (typeof id === 'string' ? toGlobalId(type, id) : id);

export const linkableTypename = (targetType: unknown) => LINKABLE_TYPENAMES[targetType as keyof typeof LINKABLE_TYPENAMES];
