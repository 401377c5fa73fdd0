import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { FACT_CHECK_LIMITS } from '../engine/limits.js';
import { CLAIM_KINDS, type ClaimKind as ClaimKindValue, VERDICTS, type Verdict } from '../engine/claims.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ClaimKind = enumOf(CLAIM_KINDS);
registerEnumType(ClaimKind, {
  name: 'ClaimKind',
  description: 'What a claim in the prose states.',
  valuesMap: {
    TIME: { description: 'A time or mark in the discipline\'s format ("clocked 1:12.31").' },
    MARGIN: { description: 'A gap between competitors ("0.28 seconds faster", "almost a second quicker").' },
    PLACING: { description: 'A place or a win ("finished fourth", "won the race", "beat Kok").' },
    MEDAL: { description: 'A medal ("took silver").' },
    RECORD: { description: 'A record ("a new Olympic record", "the world record holder").' },
    AGE: { description: 'An age ("the 27-year-old", "at 35").' },
    SCORE: { description: 'A score line ("3–3").' },
    DECISION: { description: 'How a match was decided ("4–2 on penalties", "after extra time").' },
    COUNT: { description: 'A count the data holds ("her second Olympic medal", "a hat-trick").' },
  } satisfies Record<ClaimKindValue, { description: string }>,
});

export const FactVerdict = enumOf(VERDICTS);
registerEnumType(FactVerdict, {
  name: 'FactVerdict',
  description: 'What the data says about a claim.',
  valuesMap: {
    CONFIRMED: { description: 'The data agrees.' },
    CONTRADICTED: { description: 'The data says otherwise: `value` has what it says, `correction` the wording that agrees.' },
    UNVERIFIABLE: { description: 'The data the story links has nothing to check it against.' },
  } satisfies Record<Verdict, { description: string }>,
});

@ObjectType({ description: "A factual claim in a paragraph of the story, and the data's verdict on it." })
export class FactClaim {
  @Field(() => Int, { description: 'The paragraph (its block index, 0-based).' })
  blockIndex: number;

  @Field(() => Int, { description: 'First character of the claim in the paragraph text (UTF-16 offset).' })
  start: number;

  @Field(() => Int, { description: 'Offset just after the claim (exclusive).' })
  end: number;

  @Field({ description: 'The words of the claim, as the paragraph has them.' })
  text: string;

  @Field(() => ClaimKind, { description: 'What the claim states.' })
  kind: ClaimKindValue;

  entityId: string | null;
  entityType: 'PERSON' | 'ORGANISATION' | null;
  unitId: string | null;

  @Field(() => String, {
    name: 'value',
    nullable: true,
    description: 'What the data says, as the prose would print it ("1:12.31", "silver", "27"); null when the data has nothing.',
  })
  dataValue: string | null;

  @Field(() => FactVerdict, { description: 'CONFIRMED, CONTRADICTED or UNVERIFIABLE.' })
  verdict: Verdict;

  @Field(() => String, {
    nullable: true,
    description:
      'For a contradiction: the claim reworded to agree with the data ("1:12.31"); null when no rewording of these words can be true ("Kok, the world record holder" when another skater holds it): `value` then says what the data holds.',
  })
  correction: string | null;
}

@ObjectType({ description: "The fact check of a story's working copy: every claim found in its paragraphs (quotes are not checked)." })
export class FactCheck {
  @Field(() => Int, { description: 'The working-copy version that was checked.' })
  articleVersion: number;

  @Field(() => DateTimeScalar, { description: 'When it was checked.' })
  checkedAt: Date;

  @Field(() => Int, { description: 'How many claims the data contradicts; any blocks publishing unless an editor overrides it.' })
  contradicted: number;

  @Field({ description: 'False when the story is longer than the check reads: its last paragraphs were not checked.' })
  complete: boolean;

  @Field(() => [FactClaim], {
    description: `The claims in the order of the story (at most ${FACT_CHECK_LIMITS.storyClaims}).`,
    complexity: FACT_CHECK_LIMITS.storyClaims,
  })
  claims: FactClaim[];
}
