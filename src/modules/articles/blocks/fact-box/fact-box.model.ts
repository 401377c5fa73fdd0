import { createUnionType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Person } from '../../../people/models/person.model.js';
import { Result } from '../../../results/models/result.model.js';
import type { BlockType } from '../../../../generated/prisma/enums.js';
import { Node } from '../../../../graphql/relay/node.interface.js';
import { BlockId } from '../block-id.field.js';
import { FactKind, MAX_FACT_ITEMS } from './fact-box.input.js';

/** Result rows have a competitor; people do not. */
export const FactSource = createUnionType({
  name: 'FactSource',
  description: 'What a computed fact is worked out from: a result row or a person.',
  types: () => [Result, Person] as const,
  resolveType: (value: object) => ('competitorId' in value ? Result : Person),
});

@ObjectType({ description: 'A fact box line; computed facts are worked out from the data when read.' })
export class FactItem {
  @Field({ description: 'The line\'s label, e.g. "Age".' }) label: string;
  @Field(() => FactKind, { nullable: true, description: 'Set when the value is computed.' }) kind: FactKind | null;
  text: string | null;
  fact: { kind: FactKind; resultId?: string | null; otherResultId?: string | null; personId?: string | null; on?: string | null } | null;
}

@ObjectType({ description: 'A box of short facts.', implements: () => [Node] })
export class FactBoxBlock implements Node {
  @BlockId() id: string;
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field({ description: 'The box title.' }) title: string;
  @Field(() => [FactItem], { complexity: MAX_FACT_ITEMS, description: 'The lines, in order.' }) items: FactItem[];
  type: BlockType;
}
