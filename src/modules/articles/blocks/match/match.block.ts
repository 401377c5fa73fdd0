import { defineBlock } from '../block-definition.js';
import { gid } from '../revision-ids.js';
import { MatchBlockResolver } from './match-block.resolver.js';
import { DEFAULT_MATCH_DETAILS, MatchBlockInput, type MatchDetail } from './match.input.js';
import { MatchBlock } from './match.model.js';

export interface MatchData {
  unitId: string;
  show: MatchDetail[];
}

export const matchBlock = defineBlock({
  type: 'MATCH',
  payloadField: 'match',
  description: 'A match: score line, scorers with minutes and cards, live from the results desk (`match`).',
  input: MatchBlockInput,
  model: MatchBlock,
  resolvers: [MatchBlockResolver],
  normalize({ unitId, show }, at): MatchData {
    // It shows the unit's results, as a results table does: a correction finds it the same way.
    at.reference('UNIT', unitId, 'RESULTS_BLOCK', 'unitId');
    return { unitId, show: [...new Set(show ?? DEFAULT_MATCH_DETAILS)] };
  },
  text: () => [],
  revisionView: (data) => ({ ...data, unitId: gid('Unit')(data.unitId ?? null) }),
});
