import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Node } from '../../../graphql/relay/node.interface.js';

@ObjectType({ description: 'Where a unit takes place.', implements: () => [Node] })
export class Venue implements Node {
  id: string;

  @Field({ description: 'Stable URL key.' })
  slug: string;

  @Field({ description: 'The venue as printed, e.g. Milano Speed Skating Stadium.' })
  name: string;

  @Field({ description: 'The city it is in, e.g. Milan.' })
  city: string;

  @Field({ description: 'ISO 3166-1 alpha-2 (IT), never a NOC code.' })
  countryIso2: string;

  @Field({ description: 'IANA time zone, e.g. Europe/Rome.' })
  timezone: string;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;
}
