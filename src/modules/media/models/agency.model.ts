import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A photo agency or wire service in the credit registry, e.g. Getty Images, AP, AFP.' })
export class Agency {
  @Field(() => ID, { description: "The agency's id." })
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
