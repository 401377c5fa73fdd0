import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiKeyScope } from '../../../generated/prisma/enums.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'What a frontend may read with an API key.',
  valuesMap: {
    PUBLISHED: { description: 'Published content only, as an anonymous reader sees it.' },
    PREVIEW: { description: 'Also working copies, through preview tokens.' },
  },
});

/** A frontend's key as stored; the fields are resolved by ApiKeyFieldsResolver, for admins only. The secret is never stored. */
@ObjectType({
  description: "A frontend's API key (sent as `X-Api-Key`). Only admins read them; the key itself is shown once, at creation.",
  implements: () => [Node],
})
export class ApiKey implements Node {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  createdById: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

@ObjectType({ description: 'A new API key, with the key in full: it is shown this once and cannot be read again.' })
export class CreatedApiKey {
  @Field({ description: 'The key, `pk_<prefix>_<secret>`: give it to the frontend, which sends it as `X-Api-Key`.' })
  key: string;

  @Field(() => ApiKey, { description: 'The stored key: name, prefix, scopes.' })
  apiKey: ApiKey;
}
