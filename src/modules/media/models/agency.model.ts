import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Node } from '../../../graphql/relay/node.interface.js';

@ObjectType({ description: 'A photo agency or wire service in the credit registry, e.g. Getty Images, AP, AFP.', implements: () => [Node] })
export class Agency implements Node {
  id: string;

  @Field({ description: 'Stable URL key, e.g. getty-images.' })
  slug: string;

  @Field({ description: 'The name as the newsroom knows it, e.g. "Getty Images".' })
  name: string;

  @Field({
    description: 'House credit format; {photographer} stands for the photographers\' names, e.g. "Photo by {photographer}/Getty Images".',
  })
  creditFormat: string;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;
}
