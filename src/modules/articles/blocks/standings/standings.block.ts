import { toGlobalId } from '../../../../graphql/relay/global-id.js';
import { defineBlock } from '../block-definition.js';
import { gid } from '../revision-ids.js';
import { StandingsBlockResolver } from './standings-block.resolver.js';
import { StandingsBlockInput } from './standings.input.js';
import { StandingsBlock } from './standings.model.js';

export interface StandingsData {
  phaseId: string;
  asOf: string | null;
  matchday: number | null;
  top: number | null;
  /** Competitor row keys. */
  highlight: string[];
}

export const standingsBlock = defineBlock({
  type: 'STANDINGS',
  payloadField: 'standings',
  description: "A phase's league table, live, as of a date or matchday (`standings`).",
  input: StandingsBlockInput,
  model: StandingsBlock,
  resolvers: [StandingsBlockResolver],
  normalize({ phaseId, asOf, matchday, top, highlight = [] }, at): StandingsData | null {
    if (asOf && matchday) {
      at.issue('asOf', 'give at most one of asOf and matchday');
      return null;
    }
    at.reference('PHASE', phaseId, 'STANDINGS_BLOCK', 'phaseId');
    return { phaseId, asOf: asOf?.slice(0, 10) ?? null, matchday: matchday ?? null, top: top ?? null, highlight: [...new Set(highlight)] };
  },
  text: () => [],
  view: (data) => ({ ...data, highlight: data.highlight.map((id) => toGlobalId('Competitor', id)) }),
  revisionView: (data) => ({
    ...data,
    phaseId: gid('Phase')(data.phaseId ?? null),
    highlight: ((data.highlight as string[] | undefined) ?? []).map(gid('Competitor')),
  }),
});
