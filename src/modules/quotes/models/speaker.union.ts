import { createUnionType } from '@nestjs/graphql';
import { Organisation } from '../../organisations/models/organisation.model.js';
import { Person } from '../../people/models/person.model.js';

/** Only people have a displayName; organisations have a kind. */
export const Speaker = createUnionType({
  name: 'Speaker',
  description: 'Who said a quote: a person or an organisation.',
  types: () => [Person, Organisation] as const,
  resolveType: (value: object) => ('displayName' in value ? Person : Organisation),
});
