import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CreditStyle, RightsExpiryPolicy } from '../../../../generated/prisma/enums.js';
import { Node } from '../../../../graphql/relay/node.interface.js';

registerEnumType(CreditStyle, {
  name: 'CreditStyle',
  description: "Whose words readers see when a photo's file carries a credit line.",
  valuesMap: {
    SUPPLIER_LINE: { description: "The supplier's credit line verbatim when the file has one, else the house format (the default)." },
    HOUSE_FORMAT: { description: 'The house format, even when the file has a credit line (kept, but not printed).' },
  },
});
registerEnumType(RightsExpiryPolicy, {
  name: 'RightsExpiryPolicy',
  description: 'What the daily rights job does with a published story whose photo of the agency has expired.',
  valuesMap: {
    NOTIFY: { description: 'List it for the desk (the default).' },
    UNPUBLISH_STORY: { description: 'Unpublish the story.' },
    SWAP_FALLBACK: { description: "Put the agency's fallback photo in place of the expired one." },
  },
});

@ObjectType({ description: 'A photo agency or wire service in the credit registry, e.g. Getty Images, AP, AFP.', implements: () => [Node] })
export class Agency implements Node {
  id: string;

  @Field({ description: 'Stable URL key, e.g. getty-images.' })
  slug: string;

  @Field({ description: 'The name as the newsroom knows it, e.g. "Getty Images"; {agency} in credit formats prints it.' })
  name: string;

  @Field({
    description:
      'House credit format: {photographer} stands for the photographers\' names, {agency} for the supplying agency\'s name, e.g. "Photo by {photographer}/{agency}".',
  })
  creditFormat: string;

  @Field(() => [String], { description: 'Other names the agency goes by in credit lines and sources, e.g. "Associated Press".' })
  aliases: string[];

  @Field(() => CreditStyle, { description: "Whether a file's credit line or the house format is printed." })
  creditStyle: CreditStyle;

  @Field(() => String, {
    nullable: true,
    description: 'Copyright notice for its photos when the file carries none, e.g. "© Getty Images".',
  })
  defaultCopyright: string | null;

  @Field(() => String, { nullable: true, description: "Where to license the agency's photos (IPTC Licensor URL)." })
  licensorUrl: string | null;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;

  /** Served by AgencyDeskResolver, for staff only. */
  matchPatterns: string[];
  expiryPolicy: RightsExpiryPolicy;
  fallbackAssetId: string | null;
}
