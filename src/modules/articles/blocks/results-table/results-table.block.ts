import { defineBlock } from '../block-definition.js';
import { gid } from '../revision-ids.js';
import { ResultsTableBlockResolver } from './results-table-block.resolver.js';
import { ResultsTableBlockInput } from './results-table.input.js';
import { ResultsTableBlock } from './results-table.model.js';

export interface ResultsTableData {
  unitId?: string | null;
  eventId?: string | null;
  /** Only these competitors' rows, in the table's order; all rows when empty. */
  competitorIds: string[];
  /** Only the first N rows (display order). */
  top?: number | null;
  columns: string[];
}

export const resultsTableBlock = defineBlock({
  type: 'RESULTS_TABLE',
  payloadField: 'resultsTable',
  description: "A unit's live result rows, in chosen columns (`resultsTable`).",
  input: ResultsTableBlockInput,
  model: ResultsTableBlock,
  resolvers: [ResultsTableBlockResolver],
  normalize({ unitId, eventId, competitorIds = [], top, columns = [] }, at): ResultsTableData | null {
    if (Boolean(unitId) === Boolean(eventId)) {
      at.issue('unitId', "give exactly one of unitId (a unit's results) and eventId (final standings)");
      return null;
    }
    if (unitId) at.reference('UNIT', unitId, 'RESULTS_BLOCK', 'unitId');
    if (eventId) at.reference('EVENT', eventId, 'RESULTS_BLOCK', 'eventId');
    return { unitId: unitId ?? null, eventId: eventId ?? null, competitorIds, top: top ?? null, columns };
  },
  text: () => [],
  revisionView: (data) => ({
    ...data,
    unitId: gid('Unit')(data.unitId ?? null),
    eventId: gid('Event')(data.eventId ?? null),
    competitorIds: ((data.competitorIds as string[] | undefined) ?? []).map(gid('Competitor')),
  }),
});
