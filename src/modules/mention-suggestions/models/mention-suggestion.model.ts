import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MentionTargetType } from '../../articles/blocks/paragraph/paragraph.input.js';
import { TARGET_KINDS, type TargetKind } from '../dictionary/name-dictionary.js';
import { TIES, type Tie } from '../matching/candidates.js';
import { DEFAULT_LIMITS } from '../matching/suggest.js';

export const MentionSuggestionKind = Object.fromEntries(TARGET_KINDS.map((kind) => [kind, kind])) as { [K in TargetKind]: K };
registerEnumType(MentionSuggestionKind, {
  name: 'MentionSuggestionKind',
  description: 'What a suggested name stands for (the kind of its first candidate).',
  valuesMap: {
    PERSON: { description: 'A person: full name, family name once the person is in the story, alias or transliteration.' },
    ORGANISATION: { description: 'A team, club, federation or agency: name, short name, acronym or alias.' },
    VENUE: { description: 'A venue, by name.' },
    COMPETITION: { description: 'A competition: its name or the short forms copy uses ("Beijing 2022").' },
    EVENT: { description: 'An event the story links or embeds the results of ("women\'s 1000 m").' },
  },
});

export const MentionTie = Object.fromEntries(TIES.map((tie) => [tie, tie])) as { [T in Tie]: T };
registerEnumType(MentionTie, {
  name: 'MentionTie',
  description: 'How a candidate is tied to the story, strongest first; candidates are ranked by it.',
  valuesMap: {
    LINKED: { description: 'The story already links, mentions or places it (a quote, a photo, a results table).' },
    COMPETITOR: {
      description: "It takes part in the story's events and units: a competitor, a line-up, their venue, competition or event.",
    },
    TEAM: { description: "A team of the story's people, or a person of its teams." },
    NONE: { description: 'No tie to the story: the name alone matched.' },
  },
});

@ObjectType({ description: 'One entity a suggested name may stand for.' })
export class MentionCandidate {
  @Field(() => MentionTargetType, { description: 'The kind of entity; pass it back with targetId in a choice.' })
  targetType: MentionTargetType;

  @Field(() => ID, { description: 'The global id of the entity, as the mention will store it.' })
  targetId: string;

  @Field({ description: "The entity's name as recorded (display name)." })
  name: string;

  @Field(() => Float, {
    description:
      'How sure the match is, 0 to 1: an unambiguous full name about 0.95, a family name alone or an alias lower; a name several entities share splits it by their tie.',
  })
  confidence: number;

  @Field(() => MentionTie, { description: 'How the entity is tied to the story.' })
  tie: Tie;
}

@ObjectType({ description: 'A name in a paragraph that is not a mention yet, with the entities it may stand for.' })
export class MentionSuggestion {
  @Field(() => ID, {
    description: 'Stable while the paragraph, the span and the possible targets stay the same; pass it to acceptMentionSuggestions.',
  })
  id: string;

  @Field(() => Int, { description: 'The paragraph block, by its position in the body (0-based).' })
  blockIndex: number;

  @Field(() => Int, { description: 'First character of the name in the paragraph text (UTF-16 offset).' })
  start: number;

  @Field(() => Int, { description: 'UTF-16 offset just after the name (exclusive); a possessive "\'s" is left out.' })
  end: number;

  @Field({ description: 'The words as written in the paragraph.' })
  text: string;

  @Field(() => MentionSuggestionKind, { description: 'What the name stands for, by its first candidate.' })
  kind: TargetKind;

  @Field(() => [MentionCandidate], {
    description: `The entities it may stand for, most likely first (at most ${DEFAULT_LIMITS.maxCandidates}); accepting without a choice takes the first.`,
    complexity: DEFAULT_LIMITS.maxCandidates,
  })
  candidates: MentionCandidate[];
}
