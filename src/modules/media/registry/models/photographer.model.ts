import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Node } from '../../../../graphql/relay/node.interface.js';

@ObjectType({ description: 'A photographer in the credit registry, usually working for an agency.', implements: () => [Node] })
export class Photographer implements Node {
  id: string;

  @Field({ description: 'Stable URL key, e.g. maddie-meyer.' })
  slug: string;

  @Field({ description: 'The name as printed in credits.' })
  name: string;

  @Field(() => [String], { description: 'Other spellings of the name in files\' creator fields, e.g. "MADDIE MEYER".' })
  aliases: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Own credit format, overriding the agency\'s, e.g. "{photographer}/AFP via {agency}".',
  })
  creditFormat: string | null;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;

  agencyId: string | null;
}
