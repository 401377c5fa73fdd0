import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar, JSONObjectScalar } from '../../graphql/scalars/index.js';

export enum AuditActorType {
  USER = 'USER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
  ANONYMOUS = 'ANONYMOUS',
}

registerEnumType(AuditActorType, {
  name: 'AuditActorType',
  description: 'Who made a change.',
  valuesMap: {
    USER: { description: 'A member of staff (actorId is their User id).' },
    API_KEY: { description: "A frontend's API key (actorId is its ApiKey id)." },
    SYSTEM: { description: 'The server on its own: the scheduler, the seed.' },
    ANONYMOUS: { description: 'Nobody signed in (a public mutation such as login).' },
  },
});

@ObjectType({ description: 'One change: who made it, what it was, to which object, and a summary of it. Admins only.' })
export class AuditEntry {
  @Field(() => ID, { description: "The entry's id." })
  id: string;

  @Field(() => DateTimeScalar, { description: 'When the change committed.' })
  at: Date;

  @Field(() => AuditActorType, { description: 'What kind of actor made it.' })
  actorType: AuditActorType;

  @Field(() => ID, { nullable: true, description: 'The User or ApiKey that made it; null for the system.' })
  actorId: string | null;

  @Field({ description: 'What was done, `<object>.<verb>`, e.g. "article.publish", "webhook.create".' })
  action: string;

  @Field({ description: 'The GraphQL type of the object changed, e.g. "Article".' })
  objectType: string;

  @Field(() => ID, { nullable: true, description: 'The global id of the object changed.' })
  objectId: string | null;

  @Field(() => JSONObjectScalar, { description: 'What changed: fields touched, versions, counts.' })
  summary: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'The id of the request that made it (X-Request-Id), to find its log line.' })
  requestId: string | null;
}
